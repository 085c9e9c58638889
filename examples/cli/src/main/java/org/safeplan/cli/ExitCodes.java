package org.safeplan.cli;

/**
 * The exit codes of every command, each with one meaning, and their lines in each command's help
 * ({@code exitCodeList}: picocli's "code:meaning").
 */
final class ExitCodes {

    /** Success: advice given, explained, nothing changed, no problem found. */
    static final int OK = 0;
    /** Internal failure: a bug, never the caller's input or content. */
    static final int INTERNAL = 1;
    /** Invalid input: a bad situation, a missing file or folder, a wrong option. */
    static final int INVALID_INPUT = 2;
    /** {@code diff}: the two versions of the content give different advice (reported). */
    static final int CHANGES_FOUND = 3;
    /** The content has problems: {@code validate} found some (listed), or the content given cannot be used. */
    static final int CONTENT_PROBLEMS = 4;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_HELP = "0:success";
    static final String INTERNAL_HELP = "1:internal error (a bug; --debug shows the stack trace)";
    static final String INVALID_INPUT_HELP = "2:invalid input: a bad situation, a missing file, a wrong option";
    static final String CHANGES_FOUND_HELP = "3:the advice changed (diff)";
    static final String CONTENT_PROBLEMS_HELP = "4:the content has problems (listed), or cannot be used";

    private ExitCodes() {
    }
}
