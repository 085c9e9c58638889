package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.Regions;
import org.safeplan.rules.internal.engine.ContentBundle;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * The safety invariants over the whole situation space (issue 5), each situation checked by
 * {@link SafetyInvariants}:
 * <ol>
 * <li>the core space, exhaustively: every combination of audience, country (US, GB, another,
 *     unknown), immediate danger, abuser on the premises, location, phone access, can speak, can
 *     leave and children present, each with unknown: 97,200 situations, the other fields unknown;</li>
 * <li>every field, 3-wise: a covering array over all the fields, each with unknown, so every
 *     combination of values of any three fields is checked at least once;</li>
 * <li>every field at random: {@value #RANDOM} seeded random situations, every field (unknown
 *     included) drawn uniformly, countries from US, GB, unknown and a dozen others.</li>
 * </ol>
 * Determinism is checked on every situation by asking a second, separately loaded advisor. The
 * advice and the complete list checked come from one evaluation of the rules (the content's
 * {@link ContentBundle#advise(Situation, List)}, proven equal to separate calls by
 * {@code EngineEquivalenceTest}), and the second advisor answers through the public API: two
 * evaluations per situation. The counts are printed (no situation data); a failure lists the first
 * situations that broke each invariant. Seeds are fixed, so every run checks the same situations.
 */
class SafetyInvariantsTest {

    static final int RANDOM = 1_000_000;
    private static final long SEED = 20_251_123L;
    private static final List<String> OTHER_COUNTRIES = List.of("FR", "DE", "IE", "AU", "NZ", "CA", "ES", "IN",
            "JP", "ZA", "MX", "PL");

    /** Each field's sweep values, read once: the countries come from the packs, parsed on every read. */
    private static final Map<SituationField, List<Object>> VALUES = new ConcurrentHashMap<>();
    private static final List<AdviceOptions> DEFAULT_AND_COMPLETE = List.of(AdviceOptions.defaults(), AdviceOptions.complete());
    /** The content, answering the advice and the complete list from one evaluation. */
    private static ContentBundle content;
    private static SafetyAdvisor second;

    @BeforeAll
    static void load() {
        content = ContentBundle.fromClasspath(SafetyInvariantsTest.class.getClassLoader());
        second = SafetyAdvisor.create();
    }

    /**
     * Every value a field can take in a sweep, unknown (null) included, for audience too: the country
     * each of the content's and one without data; the region each of GB's and one of the US.
     */
    static List<Object> values(SituationField f) {
        return VALUES.computeIfAbsent(f, SafetyInvariantsTest::readValues);
    }

    private static List<Object> readValues(SituationField f) {
        List<Object> values = new ArrayList<>(f.text() == Declared.Text.REGION
                ? f.values(List.of("GB")) : f.values(GuidanceSources.countries()));
        if (f.text() == Declared.Text.REGION) {
            values.add(0, Regions.of("US").keySet().iterator().next());
        }
        if (!values.contains(null)) {
            values.add(null);
        }
        return Collections.unmodifiableList(values);
    }

    /** The situation with the field set to the value; unchanged where that is no situation (a region of another country). */
    static Situation with(Situation s, SituationField f, Object value) {
        try {
            return f.with(s, value);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static SafetyInvariants check(List<Situation> situations) {
        SafetyInvariants invariants = new SafetyInvariants();
        situations.parallelStream().forEach(s -> check(invariants, s));
        return invariants;
    }

    /** The advice and the complete list from one evaluation, the advice again from the second advisor. */
    private static void check(SafetyInvariants invariants, Situation s) {
        List<Guidance> adviceAndComplete = content.advise(s, DEFAULT_AND_COMPLETE);
        invariants.check(s, adviceAndComplete.get(0), second.advise(s), adviceAndComplete.get(1));
    }

    private static void report(String title, SafetyInvariants invariants) {
        System.out.print(invariants.counts(title));
        assertThat(invariants.failures()).as(invariants.failureReport()).isZero();
    }

    @Test
    void theCoreSpaceExhaustively() {
        List<Situation> core = new ArrayList<>();
        SituationSpace.core().forEach(core::add);
        assertThat(core).hasSize(97_200);
        assertThat(SituationSpace.core().fields()).containsExactlyInAnyOrderElementsOf(SituationSpace.CORE_FIELDS);
        SafetyInvariants invariants = check(core);
        report("Safety invariants, core space (exhaustive)", invariants);
        assertThat(invariants.situations()).isEqualTo(97_200);
    }

    @Test
    void everyFieldThreeWise() {
        List<SituationField> fields = SituationField.all();
        int[] levels = fields.stream().mapToInt(f -> values(f).size()).toArray();
        List<int[]> rows = CoveringArray.strength3(levels, SEED);
        assertThat(CoveringArray.uncovered(levels, rows)).as("3-way combinations left uncovered").isZero();
        List<Situation> situations = new ArrayList<>(rows.size());
        for (int[] row : rows) {
            Situation s = Situation.empty();
            for (int i = 0; i < fields.size(); i++) {
                s = with(s, fields.get(i), values(fields.get(i)).get(row[i]));
            }
            situations.add(s);
        }
        SafetyInvariants invariants = check(situations);
        report("Safety invariants, all " + fields.size() + " fields 3-wise (covering array of " + rows.size() + " rows, levels "
                + Arrays.toString(levels) + ")", invariants);
    }

    @Test
    void aMillionRandomSituationsOverEveryField() {
        List<SituationField> fields = SituationField.all();
        List<List<Object>> values = fields.stream().map(SafetyInvariantsTest::values).toList();
        SafetyInvariants invariants = new SafetyInvariants();
        IntStream.range(0, RANDOM).parallel().forEach(i -> {
            check(invariants, random(fields, values, new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L))));
        });
        report("Safety invariants, " + RANDOM + " seeded random situations over all fields", invariants);
        assertThat(invariants.situations()).isEqualTo(RANDOM);
    }

    private static Situation random(List<SituationField> fields, List<List<Object>> values, SplittableRandom random) {
        Situation s = Situation.empty();
        for (int f = 0; f < fields.size(); f++) {
            SituationField field = fields.get(f);
            Object value = values.get(f).get(random.nextInt(values.get(f).size()));
            if ("country".equals(field.name()) && "FR".equals(value)) {
                value = OTHER_COUNTRIES.get(random.nextInt(OTHER_COUNTRIES.size()));
            }
            s = with(s, field, value);
        }
        return s;
    }
}
