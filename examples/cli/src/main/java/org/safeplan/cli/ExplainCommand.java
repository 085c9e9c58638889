package org.safeplan.cli;

import java.util.concurrent.Callable;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.json.SafePlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safeplan explain}: the advice with its reasons and what would change it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Prints the complete advice for a situation with, for each recommendation, the rules that fired",
                "and the facts they matched (\"because\"), and the single-field changes to the situation",
                "that would remove or re-rank it (\"whatWouldChange\"); \"wouldAdd\" lists changes that",
                "would bring in other actions."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Examples:", "  safeplan explain examples/situations/kitchen-in-danger.json",
                "  safeplan explain --lang es examples/situations/kitchen-in-danger.json",
                "  safeplan explain --content rules-content/src/main/resources examples/situations/kitchen-in-danger.json"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Situation JSON file, or - for standard input (the default).")
    private String file = "-";

    @Option(names = "--compact", description = "Print on one line instead of indented.")
    private boolean compact;

    @Mixin
    private ContentOption content = new ContentOption();

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Override
    public Integer call() {
        var situation = SituationFiles.read(file);
        var explanation = content.advisor().explain(situation, language.apply(AdviceOptions.builder()).build());
        spec.commandLine().getOut().println(SafePlanJson.writeExplanation(explanation, !compact));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
