package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/safeplan} answers exactly as {@code java -jar safeplan-cli.jar} does,
 * makes its class-data archive on the first run and uses it after, and falls back to a plain start
 * when the archive cannot be used, without a word of the JVM's in the output; one answer runs on the
 * quick compiler alone, a batch on both.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("safeplan.cli.jar", "target/safeplan-cli.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("safeplan.cli.launcher", "target/safeplan"));
    private static final Path KITCHEN = Path.of(System.getProperty("safeplan.situations", "../situations"))
            .resolve("kitchen-in-danger.json");

    @TempDir
    Path archives;

    record Result(int exit, String out, String err) {
    }

    @Test
    void theFirstRunMakesTheArchiveAndEveryRunAnswersAsTheJarDoes() throws Exception {
        Result jar = run(jarCommand("advise", KITCHEN.toString()), Map.of());

        Result first = launcher(Map.of(), "advise", KITCHEN.toString());
        assertThat(archives()).as("the archive after the first run").hasSize(1);
        // -Xshare:on makes the JVM fail unless it maps the archive: the second run does.
        Result second = launcher(Map.of("SAFEPLAN_JAVA_OPTS", "-Xshare:on"), "advise", KITCHEN.toString());

        assertThat(jar.exit()).isZero();
        assertThat(first).isEqualTo(jar);
        assertThat(second).isEqualTo(jar);
    }

    @Test
    void errorsAndExitCodesAreTheJars() throws Exception {
        String missing = archives.resolve("no-such-file.json").toString();
        Result jar = run(jarCommand("advise", missing), Map.of());
        assertThat(jar.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(launcher(Map.of(), "advise", missing)).isEqualTo(jar);
        assertThat(launcher(Map.of(), "advise", missing)).as("with the archive").isEqualTo(jar);
    }

    @Test
    void anArchiveTheJvmCannotUseIsIgnoredSilently() throws Exception {
        Result jar = run(jarCommand("advise", KITCHEN.toString()), Map.of());
        launcher(Map.of(), "advise", KITCHEN.toString());
        Path archive = archives().get(0);
        Files.write(archive, "not a class-data archive".getBytes(StandardCharsets.UTF_8));

        assertThat(launcher(Map.of(), "advise", KITCHEN.toString())).isEqualTo(jar);
        assertThat(launcher(Map.of("SAFEPLAN_CDS", "off"), "advise", KITCHEN.toString())).isEqualTo(jar);
    }

    @Test
    void oneAnswerRunsOnTheQuickCompilerAloneAndABatchOnBoth() throws Exception {
        Map<String, String> flags = Map.of("SAFEPLAN_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        String quickAlone = "-XX:TieredStopAtLevel=1";

        assertThat(jvmFlags(launcher(flags, "advise", KITCHEN.toString()))).contains(quickAlone);
        assertThat(jvmFlags(launcher(flags, "explain", KITCHEN.toString()))).contains(quickAlone);
        assertThat(jvmFlags(launcher(flags, "advise", "--jsonl"))).doesNotContain(quickAlone).contains("-XX:+UseSerialGC");
        assertThat(jvmFlags(launcher(flags, "validate", "--help"))).doesNotContain(quickAlone);
    }

    /** The line of JVM flags {@code -XX:+PrintCommandLineFlags} prints before the command's output. */
    private static String jvmFlags(Result result) {
        return result.out().lines().filter(l -> l.startsWith("-XX:")).findFirst().orElseThrow();
    }

    private Result launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("SAFEPLAN_CDS_DIR", archives.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return run(command, environment);
    }

    private static List<String> jarCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out, err);
    }
}
