package org.safeplan.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.safeplan.rules.Situation;

/** Each thread cycles through the shared sample from its own starting point. */
@State(Scope.Thread)
public class Cursor {

    private static final int MASK = Situations.SAMPLE - 1;
    private static int nextStart;

    private int index;

    @Setup
    public void start() {
        synchronized (Cursor.class) {
            index = nextStart;
            nextStart += Situations.SAMPLE / 2;
        }
    }

    /** The next situation of {@code sample} (whose length is {@link Situations#SAMPLE}). */
    public Situation next(Situation[] sample) {
        return sample[index++ & MASK];
    }
}
