package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.content.ContentException;
import picocli.CommandLine;

/** Each exit code means one thing, and every command's help lists the codes it can end with. */
class ExitCodesTest {

    @Test
    void everyCodeIsDistinct() throws IllegalAccessException {
        List<Integer> codes = new ArrayList<>();
        for (Field f : ExitCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                codes.add(f.getInt(null));
            }
        }
        assertThat(codes).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void aBugIsAnInternalErrorAndBadContentIsAContentProblem() {
        StringWriter bug = new StringWriter();
        assertThat(SafePlanCli.report(new IllegalStateException("boom"), new PrintWriter(bug), false))
                .isEqualTo(ExitCodes.INTERNAL);
        assertThat(bug.toString().trim())
                .isEqualTo("safeplan: internal error: java.lang.IllegalStateException: boom (run with --debug for details)");

        StringWriter content = new StringWriter();
        assertThat(SafePlanCli.report(new ContentException("actions.yaml:3: no title"), new PrintWriter(content), false))
                .isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(content.toString().trim()).isEqualTo("safeplan: the content cannot be used: actions.yaml:3: no title");

        StringWriter input = new StringWriter();
        assertThat(SafePlanCli.report(new InvalidInputException("no such file: x.json"), new PrintWriter(input), false))
                .isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void everyCommandsHelpListsItsExitCodes() {
        String[][] expected = {
            {"", "0", "1", "2", "3", "4"},
            {"advise", "0", "1", "2", "4"},
            {"explain", "0", "1", "2", "4"},
            {"diff", "0", "1", "2", "3", "4"},
            {"validate", "0", "1", "2", "4"},
            {"l10n-report", "0", "1", "2", "4"},
            {"l10n-stamp", "0", "1", "2", "4"},
        };
        CommandLine cli = SafePlanCli.commandLine(false);
        for (String[] command : expected) {
            CommandLine c = command[0].isEmpty() ? cli : cli.getSubcommands().get(command[0]);
            assertThat(c.getCommandSpec().usageMessage().exitCodeList().keySet())
                    .as(command[0]).extracting(String::trim).containsExactly(List.of(command).subList(1, command.length)
                            .toArray(String[]::new));
            assertThat(c.getUsageMessage()).as(command[0]).contains("Exit codes:");
        }
    }

    @Test
    void everyCommandTakesDebug() {
        CommandLine cli = SafePlanCli.commandLine(false);
        for (String command : List.of("advise", "explain", "diff", "validate", "l10n-report", "l10n-stamp")) {
            CommandLine c = cli.getSubcommands().get(command);
            assertThat(c.getCommandSpec().findOption("--debug")).as(command).isNotNull();
            assertThat(c.getUsageMessage()).as(command).contains("--debug");
        }
    }
}
