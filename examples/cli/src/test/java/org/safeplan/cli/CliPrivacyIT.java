package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.internal.explain.SituationField;
import org.safeplan.rules.json.SafePlanJson;

/**
 * The CLI as a process, on a batch of situations with distinctive values (country "NZ"):
 * its answers equal those of this JVM (determinism across runs), its debug log holds no situation
 * data and does not tell which advice was given, and the advise
 * path writes no file and makes no network call, checked two ways:
 * <ul>
 * <li>in Java: {@link GuardedMain} intercepts and refuses every socket, channel and proxied
 *     connection the JVM could open, and the process runs in fresh, empty working, temporary and
 *     home directories that must still be empty afterwards;</li>
 * <li>at the system-call level, where {@code strace} is available: no file is opened for writing,
 *     created, removed or renamed, and no socket other than a local (AF_UNIX) one is opened or
 *     connected, by any thread of the JVM, Java or native.</li>
 * </ul>
 */
class CliPrivacyIT {

    private static final Path JAR = Path.of(System.getProperty("safeplan.cli.jar", "target/safeplan-cli.jar"));
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GOOD_LINES = 2_000;

    /** A field name next to a value, or a value only a situation holds, or the batch's country. */
    private static final Pattern SITUATION_DATA = Pattern.compile("\\b(" + String.join("|",
            SituationField.all().stream().map(SituationField::name).toList())
            + ")\\b\"?\\s*[=:]\\s*\"?(true|false|null|[A-Z][A-Z_]+|[A-Za-z]{2}\\b)"
            + "|\\b(KITCHEN|GARAGE|BATHROOM|CLOSET|BEDROOM|LIVING_ROOM|OTHER_ROOM|GARDEN|AWAY_FROM_HOME|CHARGED_WITH_ME"
            + "|LOW_BATTERY|ELSEWHERE|JUST_SERVED|UNDECIDED|PRACTITIONER|SURVIVOR|NZ|LOUNGE)\\b");

    @TempDir
    static Path temp;
    private static Path batch;
    private static int badLines;
    private static int goodLines;

    @BeforeAll
    static void writeTheBatch() throws IOException {
        StringBuilder in = new StringBuilder();
        SplittableRandom random = new SplittableRandom(11);
        int good = 0;
        for (Situation s : SituationSpace.core()) {
            if (good == GOOD_LINES) {
                break;
            }
            if (random.nextInt(40) == 0) {
                Situation nz = random.nextInt(4) == 0 ? s : s.toBuilder().country("NZ").region(random.nextBoolean() ? "NZ-AUK" : null).build();
                in.append(SafePlanJson.writeSituation(nz)).append('\n');
                good++;
                if (good % 100 == 0) {
                    in.append("{\"country\": \"NZ\", \"location\": \"LOUNGE\"}\n{\"immediateDanger\": \"yes\"}\n");
                    badLines += 2;
                }
            }
        }
        goodLines = good;
        batch = temp.resolve("batch.jsonl");
        Files.writeString(batch, in.toString());
    }

    record Result(int exit, List<String> out, String err) {
    }

    /** Runs a command with stdin from a file and stdout and stderr to files (no pipe can fill up). */
    private static Result run(List<String> command, Path stdin, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(stdin.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("process finished").isTrue();
        return new Result(p.exitValue(), Files.readAllLines(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The action ids and the ids of the rules that fired, in the answers. */
    private static Set<String> adviceIds(List<String> answers) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : answers) {
            JsonNode recs = JSON.readTree(line).get("recommendations");
            if (recs != null) {
                recs.forEach(r -> {
                    ids.add(r.get("actionId").asText());
                    r.get("firedBy").forEach(rule -> ids.add(rule.asText()));
                });
            }
        }
        return ids;
    }

    @Test
    void debugLogsOfABatchHoldNoSituationDataAndDoNotTellTheAdvice() throws Exception {
        Result r = run(List.of(java(), "-jar", JAR.toAbsolutePath().toString(), "advise", "--jsonl", "--debug"),
                batch, temp);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out().size()).as("answered lines").isEqualTo(goodLines + badLines);
        assertThat(r.err()).as("the debug log is on").contains("Loaded content");
        Matcher leak = SITUATION_DATA.matcher(r.err());
        assertThat(leak.find() ? leak.group() : null).as("situation data in the debug log:\n" + r.err()).isNull();
        // Determinism across runs: the other JVM's answers equal this JVM's, line by line.
        SafetyAdvisor here = SafetyAdvisor.create(ContentSource.jar(Path.of(System.getProperty("safeplan.content.jar",
                "../../rules-content/target/rules-content-1.0.0-SNAPSHOT.jar"))));
        List<String> lines = Files.readAllLines(batch);
        int compared = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).contains("LOUNGE") && !lines.get(i).contains("\"yes\"")) {
                assertThat(r.out().get(i)).as("answer to line %d", i + 1)
                        .isEqualTo(SafePlanJson.writeGuidance(here.advise(SafePlanJson.readSituation(lines.get(i)))));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(goodLines);
        Set<String> revealing = adviceIds(r.out());
        assertThat(revealing).as("action and rule ids of the answers").hasSizeGreaterThan(50);
        assertThat(revealing).as("rule or action ids in the debug log:\n" + r.err()).noneMatch(r.err()::contains);

        Path one = temp.resolve("one.json");
        Files.writeString(one, "{\"country\": \"NZ\", \"immediateDanger\": true, \"location\": \"GARAGE\", \"canSpeakSafely\": false}");
        Result explain = run(List.of(java(), "-jar", JAR.toAbsolutePath().toString(), "explain", "--compact", "--debug",
                one.toString()), one, temp);
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(SITUATION_DATA.matcher(explain.err()).find()).as(explain.err()).isFalse();
        System.out.printf("CLI --debug: %,d lines answered, the debug log (%d lines) holds no situation data%n",
                r.out().size(), r.err().lines().count());
    }

    /** The guarded JVM: fresh directories, no DNS (empty hosts file), every socket and channel refused. */
    private static List<String> guarded(Path work, String... args) throws IOException {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path home = Files.createDirectories(work.resolve("home"));
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        Path hosts = Files.writeString(work.resolve("hosts"), "");
        // -XX:-UsePerfData: the JVM's own performance counters file in /tmp is the JVM's, not the advise path's.
        List<String> command = new ArrayList<>(List.of(java(), "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home, "-Djdk.net.hosts.file=" + hosts,
                "-Djava.nio.channels.spi.SelectorProvider=" + GuardedMain.NoNetwork.class.getName(),
                "-cp", JAR.toAbsolutePath() + File.pathSeparator + TEST_CLASSES.toAbsolutePath(),
                GuardedMain.class.getName()));
        command.addAll(List.of(args));
        assertThat(cwd).isEmptyDirectory();
        return command;
    }

    private static List<Path> contents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> !f.equals(dir)).toList();
        }
    }

    @Test
    void theAdvisePathWritesNoFileAndMakesNoNetworkCall() throws Exception {
        Path work = Files.createDirectories(temp.resolve("guarded"));
        List<String> command = guarded(work, "advise", "--jsonl", "--debug");
        Result r = run(command, batch, work.resolve("cwd"));
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out().size()).as("answered lines").isEqualTo(goodLines + badLines);
        assertThat(r.err()).as(r.err()).contains("Loaded content").contains("network-guard: 0 attempts");
        for (String dir : List.of("cwd", "tmp", "home")) {
            assertThat(contents(work.resolve(dir))).as("files written in the " + dir + " directory").isEmpty();
        }
        System.out.printf("CLI advise --jsonl: %,d lines, no network attempt, no file in the working, temporary or"
                + " home directory%n", r.out().size());
    }

    @Test
    void theNetworkGuardSeesEveryKindOfConnection() throws Exception {
        Path work = Files.createDirectories(temp.resolve("selftest"));
        Result r = run(guarded(work, "selftest"), batch, work.resolve("cwd"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("network-guard: new Socket").contains("network-guard: new ServerSocket")
                .contains("network-guard: new DatagramSocket").contains("network-guard: SocketChannel.open")
                .contains("network-guard: DatagramChannel.open")
                .contains("network-guard: connection to http://192.0.2.1").doesNotContain("network-guard: 0 attempts");
    }

    private static boolean straceWorks() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "true")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static final Pattern WRITE_OPEN = Pattern.compile("\\bopen(at)?\\(.*\"([^\"]*)\".*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND)");
    private static final Pattern FILE_CHANGE = Pattern.compile("\\b(creat|mkdir|mkdirat|unlink|unlinkat|rmdir|rename|renameat"
            + "|renameat2|link|linkat|symlink|symlinkat|truncate|chmod|fchmodat|chown|fchownat|utimensat|mknod|mknodat)\\(");
    private static final Pattern NETWORK = Pattern.compile("\\b(socket|socketpair)\\((?!AF_UNIX)"
            + "|\\b(connect|bind|sendto|sendmsg)\\(\\d+, \\{sa_family=(?!AF_UNIX)");

    @Test
    void underStraceNoThreadOpensAFileForWritingOrANetworkSocket() throws Exception {
        assumeTrue(straceWorks(), "strace is not available or not permitted here");
        Path work = Files.createDirectories(temp.resolve("strace"));
        Path trace = work.resolve("trace.txt");
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", trace.toString(),
                "-e", "trace=%file,%network", java(), "-XX:-UsePerfData", "-jar", JAR.toAbsolutePath().toString(),
                "advise", "--jsonl", "--debug"));
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        Result r = run(command, batch, cwd);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out().size()).as("answered lines").isEqualTo(goodLines + badLines);
        List<String> calls = Files.readAllLines(trace);
        assertThat(calls).as("strace saw the JVM open its jar").anyMatch(l -> l.contains("safeplan-cli.jar"));
        List<String> writes = writes(calls);
        List<String> network = calls.stream().filter(c -> NETWORK.matcher(c).find()).toList();
        assertThat(writes).as("system calls that write or change files").isEmpty();
        assertThat(network).as("system calls that open or use a network socket").isEmpty();
        assertThat(contents(cwd)).isEmpty();

        // The detector itself: a JVM that writes a log file is caught.
        Path writer = Files.createDirectories(work.resolve("writer"));
        Path writerTrace = work.resolve("writer-trace.txt");
        run(List.of("strace", "-f", "-qq", "-o", writerTrace.toString(), "-e", "trace=%file,%network", java(),
                "-XX:-UsePerfData", "-Xlog:os=info:file=" + writer.resolve("jvm.log"), "-version"), batch, writer);
        assertThat(writes(Files.readAllLines(writerTrace))).as("the detector sees a file written")
                .anyMatch(c -> c.contains("jvm.log"));
        System.out.printf("CLI under strace: %,d file and network system calls, none writing a file or using a"
                + " network socket%n", calls.size());
    }

    private static List<String> writes(List<String> calls) {
        List<String> writes = new ArrayList<>();
        for (String call : calls) {
            Matcher open = WRITE_OPEN.matcher(call);
            // The JVM sets its own core-dump filter in /proc/self at start-up: a setting, not a file.
            if (open.find() && !open.group(2).matches("/proc/self/coredump_filter|/proc/\\d+/coredump_filter")
                    || FILE_CHANGE.matcher(call).find()) {
                writes.add(call);
            }
        }
        return writes;
    }
}
