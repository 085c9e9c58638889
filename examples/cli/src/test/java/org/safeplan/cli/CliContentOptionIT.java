package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.internal.catalog.JurisdictionPack;

/**
 * {@code advise --content DIR} and {@code explain --content DIR}: an edit to a content folder shows
 * without a build, and a folder with planted code is refused (file:line) before anything is compiled;
 * {@code --jurisdictions FILE}: a partner's pack, on advise, explain and validate.
 */
class CliContentOptionIT {

    private static final Path JAR = Path.of(System.getProperty("safeplan.cli.jar", "target/safeplan-cli.jar"));
    private static final String KITCHEN = "{\"immediateDanger\": true, \"location\": \"KITCHEN\"}";

    private record Result(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    @Test
    void anEditedFolderIsAdvisedFromWithoutABuild() throws Exception {
        Path content = copy();
        Path catalog = content.resolve("org/safeplan/guidance/actions.yaml");
        Files.writeString(catalog, Files.readString(catalog).replace("title: Get out of the kitchen",
                "title: Leave the kitchen now"));
        Result advice = run(KITCHEN, "advise", "--compact", "--content", content.toString(), "-");
        assertThat(advice.exit()).as(advice.err()).isZero();
        assertThat(advice.out()).contains("\"title\":\"Leave the kitchen now\"");
        Result explained = run(KITCHEN, "explain", "--compact", "--content", content.toString(), "-");
        assertThat(explained.exit()).as(explained.err()).isZero();
        assertThat(explained.out()).contains("\"title\":\"Leave the kitchen now\"", "\"because\"");
    }

    @Test
    void aFolderWithPlantedCodeIsRefusedAndNothingRuns() throws Exception {
        Path content = copy();
        Path marker = dir.resolve("marker");
        Path rules = content.resolve("org/safeplan/guidance/danger.drl");
        Files.writeString(rules, Files.readString(rules).replace("advice.recommend(\"leave-the-kitchen\");",
                "advice.recommend(\"leave-the-kitchen\");\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                        + marker + "\"), \"ran\");"));
        Result r = run(KITCHEN, "advise", "--content", content.toString(), "-");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("safeplan: the content cannot be used: org/safeplan/guidance/danger.drl:16: ")
                .doesNotContain("\tat ");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aMissingContentIsInvalidInput() throws Exception {
        Result r = run(KITCHEN, "advise", "--content", dir.resolve("nowhere").toString(), "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().trim()).isEqualTo("safeplan: --content: " + dir.resolve("nowhere") + " does not exist");
    }

    private static final Path PROJECT = Path.of(System.getProperty("safeplan.project", "../.."));
    /** The example partner pack of the project. */
    private static final Path PACK = PROJECT.resolve("examples/jurisdictions/IE.yaml");
    /** The bundled content's folder, which has jurisdiction packs (validate only reads it). */
    private static final Path CONTENT_WITH_PACKS = PROJECT.resolve("rules-content/src/main/resources");

    private static JurisdictionPack examplePack() throws IOException {
        try (var in = Files.newInputStream(PACK)) {
            return JurisdictionPack.read(PACK.toString(), in);
        }
    }

    @Test
    void aPartnersPackChangesTheAdviceForItsCountryWithoutABuild() throws Exception {
        JurisdictionPack pack = examplePack();
        String situation = "{\"country\": \"" + pack.country() + "\", \"immediateDanger\": true}";
        String number = pack.emergencyNumbers().get(0).number();
        Result with = run(situation, "advise", "--compact", "--jurisdictions", PACK.toString(), "-");
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.out()).contains(number);
        Result without = run(situation, "advise", "--compact", "-");
        assertThat(without.out()).doesNotContainPattern("(?<![\\d-])" + number + "(?![\\d-])");
        Result explained = run(situation, "explain", "--compact", "--jurisdictions", PACK.toString(), "-");
        assertThat(explained.out()).contains(number).contains("\"because\"");
    }

    @Test
    void validateChecksAPartnersPackAndListsWarnings() throws Exception {
        Path content = CONTENT_WITH_PACKS;
        Path old = dir.resolve("old.yaml");
        Files.writeString(old, Files.readString(PACK).replaceFirst("reviewBy: \\S+", "reviewBy: 2001-01-01"));
        Result warned = run("", "validate", "--jurisdictions", old.toString(), content.toString());
        assertThat(warned.exit()).as(warned.out() + warned.err()).isZero();
        assertThat(warned.out()).contains("warning: " + old + ":").contains("past its reviewBy date 2001-01-01")
                .contains("warning: " + old + ":").contains("is an example: re-verify every fact")
                .endsWith("No problems found in " + content + "; 2 warnings.\n");

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(PACK).replace("channel: phone", "chanel: phone"));
        Result refused = run("", "validate", "--jurisdictions", broken.toString(), content.toString());
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.out()).contains(broken + ":").contains("unknown field \"helplines[0].chanel\" (did you mean"
                + " \"channel\"?)");
    }

    @Test
    void aMissingPackIsInvalidInput() throws Exception {
        Result r = run(KITCHEN, "advise", "--jurisdictions", dir.resolve("nowhere.yaml").toString(), "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().trim()).isEqualTo("safeplan: --jurisdictions: " + dir.resolve("nowhere.yaml") + " does not exist");
    }

    private Path copy() throws IOException {
        return CliProcessIT.copyOfValidContent(dir);
    }

    private static Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
