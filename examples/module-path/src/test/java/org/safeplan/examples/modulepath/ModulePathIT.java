package org.safeplan.examples.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.json.SafePlanJson;

/**
 * A partner application with a {@code module-info.java} that requires {@code org.safeplan.rules}
 * runs on the module path with no flag beyond {@code --module-path} and {@code -m}: no
 * {@code --add-modules}, {@code --add-opens} or {@code --add-reads}.
 */
class ModulePathIT {

    private static final String MAIN = "org.safeplan.examples.modulepath/"
            + "org.safeplan.examples.modulepath.ModulePathExample";

    @Test
    void theReadmeSnippetRunsOnTheModulePathWithNoExtraFlags() throws Exception {
        List<String> command = List.of(java(), "--module-path", modulePath(), "-m", MAIN);
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as("exit code; standard error:%n%s", err).isZero();
        assertThat(err).doesNotContain("Exception", "Error:");
        assertThat(out.lines().toList()).isEqualTo(expectedLines());
    }

    /** What the same code prints on the class path, in this JVM. */
    private static List<String> expectedLines() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        Guidance guidance = advisor.advise(Situation.builder()
                .country("US").immediateDanger(true).location(Location.KITCHEN).build());
        List<String> lines = new ArrayList<>();
        guidance.recommendations().forEach(r -> lines.add(r.rank() + ". " + r.title()));
        lines.add(SafePlanJson.writeGuidance(advisor.advise(SafePlanJson.readSituation(
                "{\"country\": \"US\", \"immediateDanger\": true, \"location\": \"KITCHEN\"}"))));
        assertThat(lines).hasSizeGreaterThan(1);
        return lines;
    }

    /** The example's jar and the jars of its dependencies, as Maven resolved them for this test. */
    private static String modulePath() throws IOException {
        Path example = Path.of(System.getProperty("safeplan.example.jar"));
        assertThat(example).as("the example's jar; run this test with mvn verify").isRegularFile();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> path = new ArrayList<>(List.of(example.toString()));
        Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry)))
                .forEach(path::add);
        return path.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
