package org.safeplan.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a fixed number of characters: a longer line is
 * skipped to its end and reported as too long, so one hostile line cannot exhaust memory.
 */
final class BoundedLineReader {

    /** What {@link #readLine()} returns for a line over the limit. */
    static final String TOO_LONG = new String("<too long>");

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private boolean eof;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #TOO_LONG}, or null at the end of input. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                return any ? finish(line, tooLong) : null;
            }
            any = true;
            char c = buffer[pos++];
            if (c == '\n') {
                return finish(line, tooLong);
            }
            if (!tooLong) {
                if (line.length() < maxChars) {
                    line.append(c);
                } else {
                    tooLong = true;
                    line.setLength(0);
                }
            }
        }
    }

    /** Whether more input is buffered, so output can wait to be flushed. */
    boolean hasBufferedInput() throws IOException {
        return pos < end || in.ready();
    }

    private String finish(StringBuilder line, boolean tooLong) {
        if (tooLong) {
            return TOO_LONG;
        }
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return line.toString();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
