package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the fat jar {@code safeplan-cli.jar} as a separate process, as a non-Java partner app would. */
class CliProcessIT {

    private static final Path JAR = Path.of(System.getProperty("safeplan.cli.jar", "target/safeplan-cli.jar"));
    private static final Path SITUATIONS = Path.of(System.getProperty("safeplan.situations", "../situations"));
    private static final Path PROJECT = Path.of(System.getProperty("safeplan.project", "../.."));
    private static final Path VALID_CONTENT = Path.of(System.getProperty("safeplan.validContent",
            "../../rules-authoring/src/test/resources/validator/valid"));
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exit, String out, String err) {
    }

    private static Result run(String stdin, String... args) throws IOException, InterruptedException {
        return runIn(Path.of("."), stdin, args);
    }

    private static Result runIn(Path workingDirectory, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> cli = new ArrayList<>(List.of(args));
        int split = cli.indexOf("--");
        if (split >= 0) {
            command.addAll(cli.subList(0, split));
            cli = cli.subList(split + 1, cli.size());
        }
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(cli);
        Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void advisesOnABundledSituationFile() throws Exception {
        Result r = run("", "advise", SITUATIONS.resolve("kitchen-in-danger.json").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode guidance = JSON.readTree(r.out());
        assertThat(guidance.get("contentVersion").asText()).matches("\\d+\\.\\d+\\.\\d+");
        JsonNode first = guidance.get("recommendations").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("actionId").asText()).isEqualTo("leave-the-kitchen");
        assertThat(first.get("firedBy").get(0).asText()).isEqualTo("danger-kitchen");
        assertThat(r.out()).contains("911").doesNotContain("999");
    }

    @Test
    void everyBundledSituationIsValid() throws Exception {
        try (var files = Files.list(SITUATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Result r = run("", "advise", "--compact", file.toString());
                assertThat(r.exit()).as(file + ": " + r.err()).isZero();
                assertThat(JSON.readTree(r.out()).get("recommendations").size()).as(file.toString()).isPositive();
            }
        }
    }

    @Test
    void readsStandardInput() throws Exception {
        Result r = run("{\"country\": \"GB\", \"immediateDanger\": true, \"canSpeakSafely\": false}", "advise", "-");
        assertThat(r.exit()).isZero();
        JsonNode recs = JSON.readTree(r.out()).get("recommendations");
        assertThat(recs.get(0).get("actionId").asText()).isEqualTo("use-the-silent-solution");
        assertThat(r.out()).contains("999").doesNotContain("911");
    }

    @Test
    void invalidInputExitsTwoWithAMessageAndNoStackTrace() throws Exception {
        Result r = run("{\"perpetratorOnPremisis\": true}", "advise", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().trim()).isEqualTo("safeplan: invalid situation in standard input: unknown field"
                + " \"perpetratorOnPremisis\" (did you mean \"perpetratorOnPremises\"?)");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void missingFileAndBadOptionsExitTwo() throws Exception {
        Result missing = run("", "advise", "no-such-file.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().trim()).isEqualTo("safeplan: cannot read no-such-file.json: no such file");
        Result badMax = run("{}", "advise", "--max", "0", "-");
        assertThat(badMax.exit()).isEqualTo(2);
        assertThat(badMax.err()).contains("--max must be 1 or more");
        assertThat(run("", "advise", "--nonsense").exit()).isEqualTo(2);
    }

    @Test
    void jsonLinesAnswersEveryLineInOrderAndKeepsGoodLinesAroundBadOnes() throws Exception {
        String input = String.join("\n",
                "{\"country\": \"US\", \"immediateDanger\": true, \"location\": \"KITCHEN\"}",
                "{\"location\": \"LOUNGE\"}",
                "not json",
                "",
                "{\"country\": \"GB\", \"immediateDanger\": true}") + "\n";
        Result r = run(input, "advise", "--jsonl");
        assertThat(r.exit()).isEqualTo(2);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(JSON.readTree(lines[0]).get("recommendations").get(0).get("actionId").asText())
                .isEqualTo("leave-the-kitchen");
        assertThat(JSON.readTree(lines[1]).get("error").get("line").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(lines[1]).get("error").get("message").asText()).contains("LOUNGE").contains("KITCHEN");
        assertThat(JSON.readTree(lines[2]).get("error").get("message").asText()).startsWith("malformed JSON");
        assertThat(JSON.readTree(lines[3]).get("error").get("line").asInt()).isEqualTo(4);
        assertThat(lines[4]).contains("999");
    }

    @Test
    void jsonLinesWithOnlyGoodLinesExitsZero() throws Exception {
        Result r = run("{}\n{}\n", "advise", "--jsonl", "--max", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out().split("\n")).hasSize(2);
    }

    @Test
    void helpOnEveryCommand() throws Exception {
        Result top = run("", "--help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).contains("advise").contains("validate");
        Result advise = run("", "advise", "--help");
        assertThat(advise.exit()).isZero();
        assertThat(advise.out()).contains("--jsonl").contains("--max").contains("Exit codes");
    }

    /**
     * The fat-jar trap: a shaded jar can make Drools miss the precompiled model and compile the DRL
     * at start-up. The JVM's class-loading log proves no DRL parser or model code generator runs.
     */
    @Test
    void fatJarLoadsThePrecompiledModelWithoutCompilingDrl() throws Exception {
        Result r = run("{}", "-Xlog:class+load=info:stdout", "--", "advise", "--compact", "--debug", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> loaded = r.out().lines().filter(l -> l.contains("source:")).toList();
        assertThat(loaded).as("class-loading log").anyMatch(l -> l.contains("org.safeplan.guidance.Rules"));
        assertThat(loaded).noneMatch(l -> l.contains("org.drools.drl.parser."))
                .noneMatch(l -> l.contains("org.drools.model.codegen."))
                .noneMatch(l -> l.contains("org.eclipse.jdt.internal.compiler."))
                .noneMatch(l -> l.contains("org.drools.compiler.kie.builder.impl.KieBuilderImpl"));
        assertThat(r.err()).contains("from the precompiled model META-INF/kie/org.safeplan/rules-content/drools-model");
    }

    @Test
    void debugLogsNeverContainSituationData() throws Exception {
        Result r = run("{\"country\": \"NZ\", \"immediateDanger\": true, \"location\": \"GARAGE\"}",
                "advise", "--compact", "--debug", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Loaded content").doesNotContain("NZ").doesNotContain("GARAGE");
    }

    @Test
    void explainGivesReasonsAndWhatWouldChange() throws Exception {
        Result r = run("", "explain", "--compact", SITUATIONS.resolve("kitchen-in-danger.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode first = JSON.readTree(r.out()).get("recommendations").get(0);
        assertThat(first.get("because").get(0).get("rule").asText()).isEqualTo("danger-kitchen");
        assertThat(first.get("because").get(0).get("matched").get("location").asText()).isEqualTo("KITCHEN");
        assertThat(first.get("whatWouldChange").toString()).contains("\"field\":\"location\"");
        assertThat(JSON.readTree(r.out()).get("wouldAdd").size()).isPositive();
    }

    @Test
    void diffOfTheSameContentExitsZeroAndOfAChangedOneExitsThree(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        String jar = System.getProperty("safeplan.content.jar");
        Result same = run("", "diff", "--baseline", jar, "--candidate", jar, "--no-sweep", "--scenarios", "/nonexistent");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("--scenarios /nonexistent: no such folder");
        Result noThreads = run("", "diff", "--baseline", jar, "--candidate", jar, "--threads", "0");
        assertThat(noThreads.exit()).isEqualTo(2);
        assertThat(noThreads.err().trim()).isEqualTo("safeplan: --threads 0: give 1 or more");

        // The candidate: a copy of the content with the title of one action advised in the kitchen re-worded.
        Path sources = Path.of(System.getProperty("safeplan.content.sources"));
        Path candidate = temp.resolve("candidate");
        try (var files = Files.walk(sources)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = candidate.resolve(sources.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path catalog = candidate.resolve("org/safeplan/guidance/actions.yaml");
        String yaml = Files.readString(catalog);
        JsonNode kitchen = JSON.readTree(run("", "advise", SITUATIONS.resolve("kitchen-in-danger.json").toString()).out());
        JsonNode picked = null;
        for (JsonNode r : kitchen.get("recommendations")) {
            if (yaml.split(java.util.regex.Pattern.quote("    title: " + r.get("title").asText() + "\n"), -1).length == 2) {
                picked = r;
                break;
            }
        }
        assertThat(picked).as("a title written as it is shown").isNotNull();
        String id = picked.get("actionId").asText();
        String before = picked.get("title").asText();
        String after = before + " (new)";
        Files.writeString(catalog, yaml.replace("    title: " + before + "\n", "    title: " + after + "\n"));

        Path json = temp.resolve("diff.json");
        Result changed = run("", "diff", "--baseline", jar, "--candidate", candidate.toString(), "--json", json.toString());
        assertThat(changed.exit()).as(changed.err()).isEqualTo(3);
        assertThat(changed.err()).doesNotContain("\tat ");
        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.get("counts").get("reworded").asLong()).isPositive();
        assertThat(report.get("rewordings")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("actionId").asText()).isEqualTo(id);
            assertThat(r.get("before").get("title").asText()).isEqualTo(before);
            assertThat(r.get("after").get("title").asText()).isEqualTo(after);
        });
        String version = report.get("baseline").asText();
        long compared = report.get("scenariosCompared").asLong() + report.get("sweepCompared").asLong();
        long n = report.get("changed").asLong();
        String summary = String.format(java.util.Locale.ROOT, "%s → %s: %,d of %,d situations changed (actions re-worded"
                + " in %,d); 1 action re-worded; no rule changed; the content version was not raised.", version, version,
                n, compared, n);
        assertThat(report.get("summary").asText()).isEqualTo(summary);
        assertThat(changed.out()).contains("re-worded " + id).contains("**The content version was not raised**")
                .contains("#### `" + id + "`: ").contains("| title | " + before + " | " + after + " |")
                .endsWith("\n\nSummary: " + summary + "\n");
        assertThat(report.get("countriesSwept").toString()).contains("\"US\"", "\"GB\"");

        Result unchanged = run("", "diff", "--baseline", jar, "--candidate", jar, "--no-sweep");
        assertThat(unchanged.exit()).as(unchanged.err()).isZero();
        assertThat(unchanged.out()).contains("the advice is the same")
                .endsWith("\n\nSummary: " + version + " → " + version + ": no change: no situation compared and no rule"
                        + " changed.\n");
    }

    @Test
    void validateExitsZeroOnValidContent(@TempDir Path dir) throws Exception {
        Path content = copyOfValidContent(dir);
        Result r = run("", "validate", content.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out().trim()).isEqualTo("No problems found in " + content + ".");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validatePrintsEveryProblemAndExitsFour(@TempDir Path dir) throws Exception {
        Path content = copyOfValidContent(dir);
        Path rules = content.resolve("org/safeplan/guidance/danger.drl");
        String drl = Files.readString(rules);
        Files.writeString(rules, drl.replace("advice.recommend(\"leave-the-kitchen\");",
                "advice.recommend(\"leave-the-kitchen\");\n    System.exit(0);"));
        Result r = run("", "validate", content.toString());
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out().lines()).containsExactly(
                "org/safeplan/guidance/danger.drl:16: rule \"Get out of the kitchen when in danger\": after then, only"
                        + " advice.recommend, advice.caution, advice.putFirst or advice.putBefore with ids in double"
                        + " quotes, such as advice.recommend(\"an-action-id\"); is allowed, not: System.exit(0);",
                "1 problem found in " + content + ".");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void validateChecksTheBundledContentByDefaultAndNeedsItsFolder(@TempDir Path elsewhere) throws Exception {
        Result fromProject = runIn(PROJECT, "", "validate");
        assertThat(fromProject.out().lines().reduce((a, b) -> b).orElse(""))
                .as(fromProject.err()).endsWith(" found in rules-content/src/main/resources.");
        Result r = runIn(elsewhere, "", "validate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().trim()).isEqualTo("safeplan: no folder rules-content/src/main/resources here: run this"
                + " from the project's top folder, or give the content folder: safeplan validate DIR");
        assertThat(runIn(elsewhere, "", "validate", "no-such-dir").err().trim())
                .isEqualTo("safeplan: no such folder: no-such-dir");
        Result help = run("", "validate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("DIR").contains("Exit codes");
    }

    static Path copyOfValidContent(Path dir) throws IOException {
        Path content = dir.resolve("content");
        try (var files = Files.walk(VALID_CONTENT)) {
            for (Path from : files.toList()) {
                Path to = content.resolve(VALID_CONTENT.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return content;
    }
}
