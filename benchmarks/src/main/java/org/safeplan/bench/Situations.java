package org.safeplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.internal.explain.SituationField;

/** Situations drawn from the situation space, the same ones in every benchmark and run. */
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

    /**
     * {@code n} situations with every field drawn at random (unknown included, a
     * fixed seed): the whole space, where {@link #sample(int)} keeps most fields outside the core
     * unknown. Uses the internal field table so that a field added to {@code Situation} is drawn too.
     */
    public static Situation[] everyField(int n) {
        Random random = new Random(SEED);
        List<SituationField> fields = SituationField.all();
        List<List<Object>> values = new ArrayList<>();
        for (SituationField field : fields) {
            List<Object> v = new ArrayList<>(field.values(List.of("US", "GB")));
            if (!v.contains(null)) {
                v.add(null);
            }
            values.add(v);
        }
        Situation[] out = new Situation[n];
        for (int i = 0; i < n; i++) {
            Situation s = Situation.empty();
            for (int f = 0; f < fields.size(); f++) {
                List<Object> v = values.get(f);
                try {
                    s = fields.get(f).with(s, v.get(random.nextInt(v.size())));
                } catch (IllegalArgumentException regionOfAnotherCountry) {
                    // left unknown
                }
            }
            out[i] = s;
        }
        return out;
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
