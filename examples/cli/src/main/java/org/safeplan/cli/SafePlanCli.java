package org.safeplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safeplan.rules.content.ContentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code safeplan} command. Problems are reported in one plain sentence on stderr; stack
 * traces only with {@code --debug}.
 */
@Command(name = "safeplan", mixinStandardHelpOptions = true, versionProvider = SafePlanCli.Version.class,
        description = "Domestic-violence safety guidance as ranked, sourced recommendations.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CHANGES_FOUND_HELP, ExitCodes.CONTENT_PROBLEMS_HELP})
public final class SafePlanCli implements Runnable {

    private static final String DEBUG = "--debug";
    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AdviseCommand.class, ExplainCommand.class,
            DiffCommand.class, ValidateCommand.class, L10nReportCommand.class, L10nStampCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, true));
    }

    /** Runs the command and returns its exit code, for tests and embedding. */
    public static int run(String... args) {
        return run(args, false);
    }

    /**
     * Runs the command; with {@code preload}, the built-in content starts loading first
     * ({@link BundledContent}), once the log level of {@code --debug} is set.
     */
    private static int run(String[] args, boolean preload) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.log.org.safeplan", "debug");
        }
        if (preload) {
            BundledContent.preloadFor(args);
        }
        return commandLine(debug, args.length == 0 ? null : args[0]).execute(args);
    }

    /** The command with all its subcommands, reporting failures with stack traces when {@code debug}. */
    static CommandLine commandLine(boolean debug) {
        return commandLine(debug, null);
    }

    /**
     * The command with its subcommands: only the one named {@code first}, when it names one (picocli
     * reads each command's model by reflection at start-up), or all of them, for usage and suggestions.
     */
    static CommandLine commandLine(boolean debug, String first) {
        CommandLine cli = new CommandLine(new SafePlanCli());
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> names(c).contains(first)).toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(c -> cli.addSubcommand(new CommandLine(c)));
        cli.getSubcommands().values().forEach(SafePlanCli::acceptDebug);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr(), debug));
        return cli;
    }

    /** A subcommand's name and aliases, from its annotation. */
    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    /**
     * Every command takes {@code --debug}. Its value is read from the arguments before anything is
     * parsed (the log level must be set before the first logger exists), so the option has no field.
     */
    private static void acceptDebug(CommandLine command) {
        if (!command.getCommandSpec().optionsMap().containsKey(DEBUG) && !"help".equals(command.getCommandName())) {
            command.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder(DEBUG).arity("0")
                    .description("Show stack traces and debug logs (never situation data).").build());
        }
    }

    /** The message for a failed command on {@code err}, and its exit code. */
    static int report(Exception e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof InvalidInputException) {
            err.println("safeplan: " + e.getMessage());
            code = ExitCodes.INVALID_INPUT;
        } else if (e instanceof ContentException) {
            err.println("safeplan: the content cannot be used: " + e.getMessage());
            code = ExitCodes.CONTENT_PROBLEMS;
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
