package org.safeplan.cli;

/** The exit codes of every command. */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** Internal failure: a bug or broken content, never the caller's input. */
    static final int INTERNAL = 1;
    /** {@code validate}: the content has problems (listed on standard output). */
    static final int PROBLEMS_FOUND = 1;
    /** Invalid input: a bad situation, a missing file, a wrong option. */
    static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
