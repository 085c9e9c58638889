package org.safeplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeplan.rules.authoring.ContentValidator;
import org.safeplan.rules.authoring.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeplan validate}: checks a content folder without a build and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the rule files, action catalog, jurisdictions, guidance inventory and out-of-scope"
                + " list of a content folder, without a build, and prints every problem as file:line: message."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Examples:",
                "  safeplan validate",
                "  safeplan validate my-content/src/main/resources"})
final class ValidateCommand implements Callable<Integer> {

    /** The bundled content's source folder, relative to the project's top folder. */
    static final String BUNDLED_CONTENT = "rules-content/src/main/resources";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The content folder, which holds"
            + " META-INF/safeplan/content.yaml (default: " + BUNDLED_CONTENT + ", from the project's top folder).")
    private String folder;

    @Override
    public Integer call() {
        Path dir = Path.of(folder == null ? BUNDLED_CONTENT : folder);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(folder == null
                    ? "no folder " + BUNDLED_CONTENT + " here: run this from the project's top folder, or give the"
                            + " content folder: safeplan validate DIR"
                    : "no such folder: " + folder);
        }
        ValidationReport report = ContentValidator.validate(dir);
        PrintWriter out = spec.commandLine().getOut();
        report.problems().forEach(out::println);
        int count = report.problems().size();
        out.println(count == 0 ? "No problems found in " + dir + "."
                : count + (count == 1 ? " problem" : " problems") + " found in " + dir + ".");
        out.flush();
        return report.isValid() ? ExitCodes.OK : ExitCodes.CONTENT_PROBLEMS;
    }
}
