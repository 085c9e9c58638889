package org.safeplan.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.safeplan.rules.content.ContentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code safeplan} command. Problems are reported in one plain sentence on stderr; stack
 * traces only with {@code --debug}.
 */
@Command(name = "safeplan", mixinStandardHelpOptions = true, versionProvider = SafePlanCli.Version.class,
        description = "Domestic-violence safety guidance as ranked, sourced recommendations.",
        subcommands = {AdviseCommand.class, ExplainCommand.class, DiffCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class})
public final class SafePlanCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code, for tests and embedding. */
    public static int run(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.log.org.safeplan", "debug");
        }
        CommandLine cli = new CommandLine(new SafePlanCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr(), debug));
        return cli.execute(args);
    }

    private static int report(Exception e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof InvalidInputException) {
            err.println("safeplan: " + e.getMessage());
            code = ExitCodes.INVALID_INPUT;
        } else if (e instanceof ContentException) {
            err.println("safeplan: the content cannot be used: " + e.getMessage());
            code = ExitCodes.INTERNAL;
        } else {
            err.println("safeplan: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            code = ExitCodes.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The CLI and content versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String cli = SafePlanCli.class.getPackage().getImplementationVersion();
            return new String[] {"safeplan " + (cli == null ? "(development build)" : cli)};
        }
    }
}
