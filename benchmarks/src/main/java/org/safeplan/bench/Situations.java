package org.safeplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;

/** Situations drawn from the whole standard space, the same ones in every benchmark and run. */
public final class Situations {

    /** How many situations a benchmark cycles through. */
    public static final int SAMPLE = 4096;
    /** A fixed seed: every run and every benchmark draws the same sample. */
    public static final long SEED = 20_250_501L;

    private Situations() {
    }

    /** A uniform sample (reservoir sampling, fixed seed) of {@code n} situations of {@link SituationSpace#standard()}. */
    public static Situation[] sample(int n) {
        return sample(SituationSpace.standard(), n, SEED);
    }

    /** A uniform sample of {@code n} situations of {@code space}, drawn with {@code seed}. */
    public static Situation[] sample(Iterable<Situation> space, int n, long seed) {
        Random random = new Random(seed);
        List<Situation> reservoir = new ArrayList<>(n);
        long seen = 0;
        for (Situation s : space) {
            if (reservoir.size() < n) {
                reservoir.add(s);
            } else {
                long j = (long) (random.nextDouble() * (seen + 1));
                if (j < n) {
                    reservoir.set((int) j, s);
                }
            }
            seen++;
        }
        // Shuffle so that consecutive calls do not follow the space's order.
        for (int i = reservoir.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Situation t = reservoir.get(i);
            reservoir.set(i, reservoir.get(j));
            reservoir.set(j, t);
        }
        return reservoir.toArray(new Situation[0]);
    }
}
