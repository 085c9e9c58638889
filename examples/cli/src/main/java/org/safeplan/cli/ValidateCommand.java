package org.safeplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeplan.rules.authoring.ContentValidator;
import org.safeplan.rules.authoring.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeplan validate}: checks a content folder without a build and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the rule files, action catalog, jurisdiction packs, guidance inventory and out-of-scope"
                + " list of a content folder, and the --jurisdictions packs added to it, without a build, and prints"
                + " every problem as file:line: message, then the warnings (a pack past its review date, a number"
                + " that is not a plausible one of its country)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Examples:",
                "  safeplan validate",
                "  safeplan validate my-content/src/main/resources",
                "  safeplan validate --jurisdictions examples/jurisdictions/IE.yaml"})
final class ValidateCommand implements Callable<Integer> {

    /** The bundled content's source folder, relative to the project's top folder. */
    static final String BUNDLED_CONTENT = "rules-content/src/main/resources";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The content folder, which holds"
            + " META-INF/safeplan/content.yaml (default: " + BUNDLED_CONTENT + ", from the project's top folder).")
    private String folder;

    @Mixin
    private JurisdictionsOption jurisdictions = new JurisdictionsOption();

    @Override
    public Integer call() {
        Path dir = Path.of(folder == null ? BUNDLED_CONTENT : folder);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(folder == null
                    ? "no folder " + BUNDLED_CONTENT + " here: run this from the project's top folder, or give the"
                            + " content folder: safeplan validate DIR"
                    : "no such folder: " + folder);
        }
        ValidationReport report = ContentValidator.validate(dir, jurisdictions.files());
        PrintWriter out = spec.commandLine().getOut();
        report.problems().forEach(out::println);
        report.warnings().forEach(w -> out.println("warning: " + w));
        int count = report.problems().size();
        int warnings = report.warnings().size();
        out.println((count == 0 ? "No problems found in " + dir
                : count + (count == 1 ? " problem" : " problems") + " found in " + dir)
                + (warnings == 0 ? "." : "; " + warnings + (warnings == 1 ? " warning." : " warnings.")));
        out.flush();
        return report.isValid() ? ExitCodes.OK : ExitCodes.CONTENT_PROBLEMS;
    }
}
