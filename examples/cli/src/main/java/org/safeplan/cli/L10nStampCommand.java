package org.safeplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeplan.rules.authoring.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code safeplan l10n-stamp --lang es [--id ID]...}: records which English each translation was made from. */
@Command(name = "l10n-stamp", mixinStandardHelpOptions = true,
        description = {"Writes the fingerprint of the current English (from:) into a translation's entries: without",
                "--id, into every entry that has none (a new translation); with --id, into the entries named,",
                "after you have re-translated them from the English as it is now. A stale entry (its English",
                "changed since it was translated) is never re-stamped unless named: validate keeps saying it is",
                "stale, and the language is not served, until it is translated again."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Examples:", "  safeplan l10n-stamp --lang es",
                "  safeplan l10n-stamp --lang es --id leave-the-kitchen --id lock-the-door"})
final class L10nStampCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private L10nFolder content = new L10nFolder();

    @Option(names = "--id", paramLabel = "ID", description = "An action or caution id to stamp, once re-translated"
            + " (repeatable).")
    private List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
        Translations.Stamped done;
        try {
            done = Translations.stamp(content.folder("l10n-stamp"), content.language, ids);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Stamped " + done.stamped().size() + (done.stamped().size() == 1 ? " entry" : " entries")
                + (done.stamped().isEmpty() ? "." : ": " + String.join(", ", done.stamped()) + "."));
        if (!done.staleLeftAlone().isEmpty()) {
            out.println("Stale, left alone (the English changed since they were translated): "
                    + String.join(", ", done.staleLeftAlone()) + ". Translate each again, then stamp it:"
                    + " safeplan l10n-stamp --lang " + content.language + " --id ID");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
