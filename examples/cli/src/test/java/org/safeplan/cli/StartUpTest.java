package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the CLI does to answer sooner changes nothing it answers: a command line built with only the
 * subcommand asked for behaves as the whole one, and the built-in content loaded from the start is
 * used only when the parsed options ask for the built-in content.
 */
class StartUpTest {

    private static final Path KITCHEN = Path.of("../situations/kitchen-in-danger.json");
    private static final Path IRISH_PACK = Path.of("../jurisdictions/IE.yaml");

    @TempDir
    static Path temp;

    @Test
    void aSubcommandAloneHasTheUsageItHasAmongAllOfThem() {
        CommandLine all = SafePlanCli.commandLine(false);
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = SafePlanCli.commandLine(false, name);
            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(alone.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(all.getSubcommands().get(name).getUsageMessage());
        }
    }

    @Test
    void anythingElseGetsEverySubcommandSoThatUsageAndSuggestionsAreComplete() {
        var all = SafePlanCli.commandLine(false).getSubcommands().keySet();
        for (String first : new String[] {null, "--help", "advice", "--debug"}) {
            assertThat(SafePlanCli.commandLine(false, first).getSubcommands().keySet()).as(first)
                    .containsExactlyElementsOf(all);
        }
    }

    @Test
    void theBuiltInContentIsPreloadedOnlyForAdviceOnIt() {
        assertThat(BundledContent.preloadFor("advise", "x.json")).isTrue();
        assertThat(BundledContent.preloadFor("explain", "x.json", "--lang", "es")).isTrue();
        for (String[] args : new String[][] {{}, {"validate", "dir"}, {"diff"}, {"advise", "--content", "dir", "x.json"},
                {"advise", "--content=dir", "x.json"}, {"explain", "--jurisdictions", "IE.yaml", "x.json"},
                {"--help"}}) {
            assertThat(BundledContent.preloadFor(args)).as(String.join(" ", args)).isFalse();
        }
        BundledContent.advisor();
    }

    @Test
    void aPreloadTheOptionsDoNotAskForIsNotUsed() throws IOException {
        Path irish = temp.resolve("ie.json");
        Files.writeString(irish, "{\"country\": \"IE\", \"immediateDanger\": true}");
        String[] withPack = {"advise", "--jurisdictions", IRISH_PACK.toString(), irish.toString()};
        CliRun expected = CliRun.of(withPack);
        CliRun bundledOnly = CliRun.of("advise", irish.toString());
        assertThat(expected.exit()).isZero();
        assertThat(expected.out()).as("the pack changes the advice").isNotEqualTo(bundledOnly.out());

        BundledContent.preloadFor("advise", irish.toString());
        assertThat(CliRun.of(withPack)).isEqualTo(expected);
        BundledContent.advisor();
    }

    @Test
    void aPreloadedAdvisorAnswersAsOneLoadedWhenAsked() {
        CliRun loaded = CliRun.of("advise", KITCHEN.toString());
        assertThat(BundledContent.preloadFor("advise", KITCHEN.toString())).isTrue();
        assertThat(CliRun.of("advise", KITCHEN.toString())).isEqualTo(loaded);
    }
}
