package org.safeplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeplan.rules.authoring.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code safeplan l10n-report --lang es}: a translation side by side with the English, for a fluent reviewer. */
@Command(name = "l10n-report", mixinStandardHelpOptions = true,
        description = {"Prints a Markdown report of a translation of the catalog for a fluent reviewer: each action",
                "and caution with its English and translated title, text and summary side by side, its review",
                "status, whether its stamp is current, stale (the English changed since) or missing, and, for",
                "Spanish, the INFLESZ readability of its text and summary."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Example:", "  safeplan l10n-report --lang es --output es-review.md"})
final class L10nReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private L10nFolder content = new L10nFolder();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        String report;
        try {
            report = Translations.report(content.folder("l10n-report"), content.language);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--lang: " + e.getMessage());
        }
        if (output != null) {
            Files.writeString(output, report, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
