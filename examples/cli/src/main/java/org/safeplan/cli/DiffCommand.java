package org.safeplan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.authoring.DiffReport;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;
import org.safeplan.rules.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safeplan diff}: what a content change does to the advice. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Runs two versions of the content over the regression scenarios and a systematic sweep",
                "of situations, and reports every situation whose advice changed (actions added, removed,",
                "re-ranked, re-worded, with the old and new wording of each re-worded action) and every",
                "changed rule, flagging a rule whose text changed but whose @version did not. The sweep",
                "covers every country with a jurisdiction pack of its own in either version (and in the",
                "--jurisdictions packs, added to the candidate), one country without, and unknown. Each",
                "version is a content folder (rules compiled when loaded) or a content jar. With --lang, the",
                "wording compared is that language's. The Markdown report ends with a one-line summary."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CHANGES_FOUND_HELP, ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Example:",
                "  safeplan diff --baseline rules-content-1.0.0.jar --candidate rules-content/src/main/resources \\",
                "      --markdown advice-diff.md --json advice-diff.json",
                "  safeplan diff --baseline rules-content/src/main/resources --candidate rules-content/src/main/resources \\",
                "      --jurisdictions examples/jurisdictions/IE.yaml",
                "  safeplan diff --lang es --baseline ../safeplan-before/rules-content/src/main/resources \\",
                "      --candidate rules-content/src/main/resources"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "A", description = "Content folder or jar before the change.")
    private Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "B", description = "Content folder or jar after the change.")
    private Path candidate;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Regression scenario folder"
            + " (default: rules-content/scenarios when it exists).")
    private Path scenarios;

    @Option(names = "--no-sweep", description = "Compare the regression scenarios only.")
    private boolean noSweep;

    /** Added to the candidate only: with the same content on both sides, the report is what the packs change. */
    @Mixin
    private JurisdictionsOption jurisdictions = new JurisdictionsOption();

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the Markdown report here instead of"
            + " to standard output.")
    private Path markdown;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full report as JSON here.")
    private Path json;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Option(names = "--threads", paramLabel = "N", description = "Threads that compare situations"
            + " (default: one per processor, ${DEFAULT-VALUE}). The report is the same for any N.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        requireExists(baseline, "--baseline");
        requireExists(candidate, "--candidate");
        if (threads < 1) {
            throw new InvalidInputException("--threads " + threads + ": give 1 or more");
        }
        List<Scenario> cases = scenarios();
        List<Path> packs = jurisdictions.files();
        Iterable<Situation> sweep = noSweep ? List.of() : ContentDiff.sweep(baseline, candidate, packs);
        ProgressBar progress = ProgressBar.onTerminal();
        DiffReport report;
        try {
            report = ContentDiff.compare(baseline, candidate, packs, cases, sweep, threads,
                    language.apply(AdviceOptions.builder()).build(), progress);
        } finally {
            progress.close();
        }
        if (markdown != null) {
            Files.writeString(markdown, report.toMarkdown(), StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(report.toMarkdown());
            spec.commandLine().getOut().flush();
        }
        if (json != null) {
            try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                report.writeJson(out);
            }
        }
        return report.hasChanges() ? ExitCodes.CHANGES_FOUND : ExitCodes.OK;
    }

    private List<Scenario> scenarios() {
        Path dir = scenarios != null ? scenarios : Path.of("rules-content", "scenarios");
        if (!Files.isDirectory(dir)) {
            if (scenarios != null) {
                throw new InvalidInputException("--scenarios " + scenarios + ": no such folder");
            }
            return List.of();
        }
        try {
            return ScenarioFile.readFolder(dir);
        } catch (ContentException e) {
            throw new InvalidInputException("the regression scenarios cannot be read: " + e.getMessage());
        }
    }

    private static void requireExists(Path path, String option) {
        if (!Files.exists(path)) {
            throw new InvalidInputException(option + " " + path + ": no such content folder or jar");
        }
    }
}
