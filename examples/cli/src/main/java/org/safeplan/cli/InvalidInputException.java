package org.safeplan.cli;

/** The user's input cannot be used; the message is shown as is and the exit code is 2. */
final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }
}
