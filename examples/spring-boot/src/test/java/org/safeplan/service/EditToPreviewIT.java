package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.ContentValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures edit → preview: the time from an author saving a file in the previewed content folder to
 * the packaged service ({@code java -jar target/safeplan-service.jar --safeplan.content=DIR}) serving
 * advice that shows the edit. Alternates two edits of a copy of the content source folder: an
 * action's title in the catalog, and a rule's condition in its {@code .drl} file (each edit undone by
 * the next of its kind). After each save it asks {@code POST /v1/advice} every 10 ms until the answer
 * shows the change. Then, as a control, the same JVM times {@code SafetyAdvisor.create(ContentSource.folder(...))}
 * warm, and {@code ContentValidator.validate} alone.
 *
 * <p>A measurement, not a test: it runs only when asked, and asserts nothing about time.
 * <pre>
 * mvn -B verify -pl examples/spring-boot -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=EditToPreviewIT -Dsafeplan.measure=true [-Dsafeplan.measure.jvmArgs=-XX:TieredStopAtLevel=1]
 * </pre>
 * Options: {@code safeplan.measure.edits} (default 12), {@code safeplan.measure.pauseMs} between edits
 * (default 2000: an author reading the preview), {@code safeplan.measure.jar} another service jar (such as
 * one extracted with {@code java -Djarmode=tools -jar target/safeplan-service.jar extract}). The report is printed and written to
 * {@code target/edit-to-preview[-jvmArgs].txt}.
 */
@EnabledIfSystemProperty(named = "safeplan.measure", matches = "true")
class EditToPreviewIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LOADED = Pattern.compile(
            "Content folder loaded: version \\S+ in (\\d+) ms \\(CPU: (\\d+) ms on this thread, (\\d+) ms in all\\)");

    @TempDir
    Path dir;

    private int port;
    private Path log;

    @Test
    void editToPreview() throws Exception {
        int edits = Integer.getInteger("safeplan.measure.edits", 12);
        long pauseMs = Long.getLong("safeplan.measure.pauseMs", 2000);
        String jvmArgs = System.getProperty("safeplan.measure.jvmArgs", "").trim();
        EditableContent content = EditableContent.copyTo(dir.resolve("content"));
        List<String> report = new ArrayList<>();

        Process service = start(content.root(), jvmArgs);
        long started = System.nanoTime();
        try {
            JsonNode ready = awaitReady(Duration.ofMinutes(5));
            assertThat(ready.path("state").asString()).as(ready.toString()).isEqualTo("ready");
            report.add(String.format(Locale.ROOT, "service: java %s-jar %s --safeplan.content=COPY;"
                    + " start to content ready %.1f s (first load %.1f s)", jvmArgs.isEmpty() ? "" : jvmArgs + " ",
                    jar(), seconds(System.nanoTime() - started), ready.path("loadMillis").asLong() / 1000.0));

            // What to edit, from the service's own answers: the first action's title; a rule that alone recommends an action.
            JsonNode complete = advice(true);
            String titled = complete.path("recommendations").get(0).path("actionId").asString();
            JsonNode single = null;
            for (JsonNode r : complete.path("recommendations")) {
                if (r.path("firedBy").size() == 1 && !r.path("actionId").asString().equals(titled)) {
                    single = r;
                    break;
                }
            }
            assertThat(single).as("an action recommended by one rule").isNotNull();
            String conditioned = single.path("actionId").asString();
            String rule = single.path("firedBy").get(0).asString();
            Path ruleFile = content.rule(rule).file();
            String ruleText = Files.readString(ruleFile);
            report.add("edits: the title of " + titled + " in " + content.catalog() + "; the condition of rule " + rule
                    + " in " + content.rule(rule).relative() + " (removing/restoring " + conditioned + ")");

            List<Double> all = new ArrayList<>();
            List<Double> titles = new ArrayList<>();
            List<Double> conditions = new ArrayList<>();
            List<Double> loads = new ArrayList<>();
            boolean conditionAdded = false;
            for (int i = 0; i < edits; i++) {
                Thread.sleep(pauseMs);
                int logged = loadLines().size();
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long t0;
                Predicate<JsonNode> shows;
                String kind;
                if (i % 2 == 0) {
                    String title = "Edit to preview " + (char) ('A' + i / 2 % 26);
                    kind = "title";
                    t0 = System.nanoTime();
                    content.setTitle(titled, title);
                    shows = g -> find(g, titled) != null && title.equals(find(g, titled).path("title").asString());
                } else {
                    boolean remove = !conditionAdded;
                    kind = remove ? "rule (condition added)" : "rule (condition removed)";
                    t0 = System.nanoTime();
                    if (remove) {
                        content.addCondition(rule, "injured == true");
                    } else {
                        Files.writeString(ruleFile, ruleText);
                    }
                    conditionAdded = remove;
                    shows = g -> (find(g, conditioned) == null) == remove;
                }
                while (!shows.test(advice(true))) {
                    Thread.sleep(10);
                    if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(2)) {
                        throw new AssertionError("edit " + (i + 1) + " not served after 2 minutes: " + status());
                    }
                }
                double took = seconds(System.nanoTime() - t0);
                all.add(took);
                (i % 2 == 0 ? titles : conditions).add(took);
                List<String> lines = loadLines();
                String loadFigures = "";
                if (lines.size() > logged) {
                    Matcher m = LOADED.matcher(lines.get(lines.size() - 1));
                    if (m.find()) {
                        loads.add(Integer.parseInt(m.group(1)) / 1000.0);
                        loadFigures = String.format(Locale.ROOT, "; its load %.2f s (CPU %.2f s on the loading thread,"
                                + " %.2f s in all)", Integer.parseInt(m.group(1)) / 1000.0,
                                Integer.parseInt(m.group(2)) / 1000.0, Integer.parseInt(m.group(3)) / 1000.0);
                    }
                }
                report.add(String.format(Locale.ROOT, "edit %2d, %-24s saved to served %.2f s%s; load average %.1f",
                        i + 1, kind + ":", took, loadFigures, load));
            }
            report.add(String.format(Locale.ROOT, "median edit to preview %.2f s (titles %.2f s, rules %.2f s; min %.2f,"
                    + " max %.2f); median load %.2f s", median(all), median(titles), median(conditions),
                    all.stream().mapToDouble(d -> d).min().orElse(0), all.stream().mapToDouble(d -> d).max().orElse(0),
                    median(loads)));
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }

        // Control: one SafetyAdvisor.create(ContentSource.folder(...)) in a warm JVM (this one), and the check alone.
        content.restore();
        List<Double> creates = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t0 = System.nanoTime();
            SafetyAdvisor.create(ContentSource.folder(content.root()));
            creates.add(seconds(System.nanoTime() - t0));
            t0 = System.nanoTime();
            assertThat(ContentValidator.validate(content.root()).problems()).isEmpty();
            checks.add(seconds(System.nanoTime() - t0));
        }
        report.add(String.format(Locale.ROOT, "control, this JVM (%s): SafetyAdvisor.create(ContentSource.folder(COPY))"
                + " first %.2f s, warm median %.2f s (last 6 of 12: %s); ContentValidator.validate alone warm median %.3f s;"
                + " load average %.1f", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-XX")).toList(), creates.get(0), median(creates.subList(6, 12)),
                format(creates.subList(6, 12)), median(checks.subList(6, 12)),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        report.forEach(System.out::println);
        Path out = Path.of(System.getProperty("safeplan.target", "target"),
                "edit-to-preview" + (jvmArgs.isEmpty() ? "" : "-" + jvmArgs.replaceAll("[^A-Za-z0-9=]+", "_")) + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
    }

    /** The service jar: {@code target/safeplan-service.jar}, or {@code -Dsafeplan.measure.jar} (e.g. an extracted one). */
    private static Path jar() {
        return Path.of(System.getProperty("safeplan.measure.jar",
                System.getProperty("safeplan.service.jar", "target/safeplan-service.jar")));
    }

    private Process start(Path folder, String jvmArgs) throws IOException {
        Path jar = jar();
        assertThat(jar).isRegularFile();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = dir.resolve("service.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!jvmArgs.isEmpty()) {
            command.addAll(Arrays.asList(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--safeplan.content=" + folder));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private JsonNode awaitReady(Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode state = status();
                if (!state.path("state").asString().equals("loading")) {
                    return state;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not ready after " + wait + ": " + Files.readString(log));
    }

    private JsonNode status() throws Exception {
        return JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/content"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode advice(boolean all) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/advice" + (all ? "?all=true" : "")))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ServiceHttpTest.KITCHEN)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode find(JsonNode guidance, String actionId) {
        for (JsonNode r : guidance.path("recommendations")) {
            if (r.path("actionId").asString().equals(actionId)) {
                return r;
            }
        }
        return null;
    }

    private List<String> loadLines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> LOADED.matcher(l).find()).toList();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
