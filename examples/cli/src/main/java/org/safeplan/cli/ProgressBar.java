package org.safeplan.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.safeplan.rules.authoring.ContentDiff;

/**
 * A one-line progress bar on stderr, shown only on a terminal and only once the work has taken
 * more than a second, so scripts and quick runs see nothing.
 */
final class ProgressBar implements ContentDiff.Progress {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.enabled = terminal;
    }

    /** A bar on stderr when stderr is a terminal. */
    static ProgressBar onTerminal() {
        return new ProgressBar(System.err, System.console() != null);
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || now - start < SHOW_AFTER_NANOS || (now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r" + render(done, total));
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

    /** The bar's text, e.g. {@code [=========>          ]  33%  43,000/131,000 situations}. */
    static String render(long done, long total) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        long percent = total == 0 ? 100 : 100 * Math.min(done, total) / total;
        return String.format(Locale.ROOT, "[%s] %3d%%  %,d/%,d situations", bar, percent, done, total);
    }

    /** Ends the line if a bar was drawn but not finished. */
    void close() {
        if (drawn) {
            err.println();
        }
    }
}
