package org.safeplan.rules.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * Systematic sets of situations for sweeping the advice: every combination of the fields that
 * shape danger-now advice, and on top of that every value of every other field over a smaller
 * base. Generated lazily in a fixed order, so two sweeps visit the same situations.
 *
 * <p>Each field takes every value of its type and unknown. The country takes the countries given
 * to {@link #standard(Collection)} (for a diff, every country with an entry of its own in either
 * version's jurisdiction data: {@link ContentDiff#sweep}), then one country that none of them is,
 * which gets the default wording, then unknown. The region takes every listed subdivision of those
 * countries and unknown, over the base without the country: a region gives its country.
 */
public final class SituationSpace implements Iterable<Situation> {

    /** The fields that shape danger-now advice, each swept over all its values and unknown. */
    public static final List<String> CORE_FIELDS = List.of("audience", "country", "immediateDanger",
            "perpetratorOnPremises", "location", "phoneAccess", "canSpeakSafely", "canLeaveSafely", "childrenPresent");

    /** The base over which each remaining field's values are tried. */
    private static final List<String> BASE_FIELDS = List.of("audience", "country", "immediateDanger",
            "perpetratorOnPremises", "location");

    /** The countries with data of their own in the bundled content when {@link #standard()} was written. */
    private static final List<String> STANDARD_COUNTRIES = List.of("US", "GB");

    /** A field and the values the sweep gives it. */
    private record Dimension(SituationField field, List<Object> values) {
    }

    private final List<List<Dimension>> blocks;
    /** {@code starts[b]}: the index of block b's first situation; {@code starts[blocks.size()]} is the size. */
    private final long[] starts;
    private final List<String> countries;

    private SituationSpace(List<List<String>> blockNames, List<String> countries) {
        this.blocks = blockNames.stream().map(names -> names.stream()
                .map(name -> new Dimension(field(name), field(name).values(countries)))
                .toList()).toList();
        this.starts = new long[blocks.size() + 1];
        for (int b = 0; b < blocks.size(); b++) {
            starts[b + 1] = starts[b] + combinations(blocks.get(b));
        }
        this.countries = SituationField.withOneWithoutEntry(countries);
    }

    /** Every combination of {@link #CORE_FIELDS}, all other fields unknown; countries as in {@link #standard()}. */
    public static SituationSpace core() {
        return new SituationSpace(List.of(CORE_FIELDS), STANDARD_COUNTRIES);
    }

    /**
     * The standard space over the countries US and GB (those with data of their own in the bundled
     * content), one country without data (FR) and unknown. To compare two versions of the content,
     * use {@link ContentDiff#sweep}, which sweeps the countries those versions define.
     *
     * @see #standard(Collection)
     */
    public static SituationSpace standard() {
        return standard(STANDARD_COUNTRIES);
    }

    /**
     * The core space, then for each other field and each of its values a sweep over audience,
     * country, danger, abuser present and location: every field is exercised, each value in many
     * contexts. The country takes each of {@code countries} (in their order, duplicates dropped),
     * then one ISO country code that is none of them (FR when it can, else the first such code in
     * alphabetical order: a country with no entry of its own, which gets the default wording), then
     * unknown.
     *
     * @param countries ISO 3166-1 alpha-2 codes in capitals, such as those with an entry in the
     *     content's jurisdiction packs; may be empty
     * @throws IllegalArgumentException if one is not such a code
     */
    public static SituationSpace standard(Collection<String> countries) {
        List<List<String>> blocks = new ArrayList<>();
        blocks.add(CORE_FIELDS);
        for (SituationField f : SituationField.all()) {
            if (!CORE_FIELDS.contains(f.name())) {
                List<String> block = new ArrayList<>(BASE_FIELDS);
                if (f.text() == Declared.Text.REGION) {
                    block.remove("country");              // a region gives its country
                }
                block.add(f.name());
                blocks.add(block);
            }
        }
        return new SituationSpace(blocks, List.copyOf(countries));
    }

    /** How many situations the sweep visits. */
    public long size() {
        return starts[blocks.size()];
    }

    /**
     * The country codes the sweep gives the country field, in order: the countries it was made
     * for, then the one with no entry of its own (unknown, also swept, is not listed).
     */
    public List<String> countries() {
        return countries;
    }

    private static long combinations(List<Dimension> dimensions) {
        long n = 1;
        for (Dimension d : dimensions) {
            n *= d.values().size();
        }
        return n;
    }

    private static SituationField field(String name) {
        return SituationField.named(name);
    }

    @Override
    public Iterator<Situation> iterator() {
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return index < size();
            }

            @Override
            public Situation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(index++);
            }
        };
    }

    /** The situation the iterator visits at position {@code index} (0-based), for sweeps split into ranges. */
    Situation get(long index) {
        Objects.checkIndex(index, size());
        int block = 0;
        while (index >= starts[block + 1]) {
            block++;
        }
        return situation(blocks.get(block), index - starts[block]);
    }

    /** The situation at a mixed-radix index over the block's fields. */
    private static Situation situation(List<Dimension> dimensions, long index) {
        Situation s = Situation.empty();
        long rest = index;
        for (int i = dimensions.size() - 1; i >= 0; i--) {
            Dimension d = dimensions.get(i);
            int radix = d.values().size();
            s = d.field().with(s, d.values().get((int) (rest % radix)));
            rest /= radix;
        }
        return s;
    }

    /** The field names a sweep varies. */
    public Set<String> fields() {
        Set<String> all = new TreeSet<>();
        blocks.forEach(block -> block.forEach(d -> all.add(d.field().name())));
        return all;
    }
}
