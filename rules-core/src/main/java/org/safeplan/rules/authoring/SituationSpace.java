package org.safeplan.rules.authoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * Systematic sets of situations for sweeping the advice: every combination of the fields that
 * shape danger-now advice, and on top of that every value of every other field over a smaller
 * base. Generated lazily in a fixed order, so two sweeps visit the same situations.
 */
public final class SituationSpace implements Iterable<Situation> {

    /** The fields that shape danger-now advice, each swept over all its values and unknown. */
    public static final List<String> CORE_FIELDS = List.of("audience", "country", "immediateDanger",
            "perpetratorOnPremises", "location", "phoneAccess", "canSpeakSafely", "canLeaveSafely", "childrenPresent");

    /** The base over which each remaining field's values are tried. */
    private static final List<String> BASE_FIELDS = List.of("audience", "country", "immediateDanger",
            "perpetratorOnPremises", "location");

    private final List<List<SituationField>> blocks;
    private final long size;

    private SituationSpace(List<List<String>> blockNames) {
        this.blocks = blockNames.stream().map(names -> names.stream().map(SituationSpace::field).toList()).toList();
        long total = 0;
        for (List<SituationField> block : blocks) {
            total += combinations(block);
        }
        this.size = total;
    }

    /** Every combination of {@link #CORE_FIELDS}, all other fields unknown. */
    public static SituationSpace core() {
        return new SituationSpace(List.of(CORE_FIELDS));
    }

    /**
     * The core space, then for each other field and each of its values a sweep over audience,
     * country, danger, abuser present and location: every field is exercised, each value in many
     * contexts.
     */
    public static SituationSpace standard() {
        List<List<String>> blocks = new ArrayList<>();
        blocks.add(CORE_FIELDS);
        for (SituationField f : SituationField.all()) {
            if (!CORE_FIELDS.contains(f.name())) {
                List<String> block = new ArrayList<>(BASE_FIELDS);
                block.add(f.name());
                blocks.add(block);
            }
        }
        return new SituationSpace(blocks);
    }

    /** How many situations the sweep visits. */
    public long size() {
        return size;
    }

    private static long combinations(List<SituationField> fields) {
        long n = 1;
        for (SituationField f : fields) {
            n *= f.values().size();
        }
        return n;
    }

    private static SituationField field(String name) {
        return SituationField.all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no situation field " + name));
    }

    @Override
    public Iterator<Situation> iterator() {
        return new Iterator<>() {
            private int block;
            private long index;

            @Override
            public boolean hasNext() {
                while (block < blocks.size() && index >= combinations(blocks.get(block))) {
                    block++;
                    index = 0;
                }
                return block < blocks.size();
            }

            @Override
            public Situation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return situation(blocks.get(block), index++);
            }
        };
    }

    /** The situation at a mixed-radix index over the block's fields. */
    private static Situation situation(List<SituationField> fields, long index) {
        Situation s = Situation.empty();
        long rest = index;
        for (int i = fields.size() - 1; i >= 0; i--) {
            SituationField f = fields.get(i);
            int radix = f.values().size();
            s = f.with(s, f.values().get((int) (rest % radix)));
            rest /= radix;
        }
        return s;
    }

    /** The field names a sweep varies. */
    public Set<String> fields() {
        Set<String> all = new java.util.TreeSet<>();
        blocks.forEach(block -> block.forEach(f -> all.add(f.name())));
        return all;
    }
}
