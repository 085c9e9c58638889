package org.safeplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * A correctness check, not a timing: the hand-written reference gives the same action ids in the
 * same order as the engine loaded with only the danger slice, for every combination of the
 * fields the slice's rules read (each with unknown).
 */
class DangerReferenceTest {

    private static final List<Boolean> BOOLS = Arrays.asList(true, false, null);
    private static SafetyAdvisor slice;

    @BeforeAll
    static void load() {
        slice = SliceContent.advisor();
    }

    @Test
    void referenceMatchesTheEngineOnTheWholeSliceSpace() {
        List<Audience> audiences = new ArrayList<>(Arrays.asList(Audience.values()));
        audiences.add(null);
        List<String> countries = Arrays.asList("US", "GB", "FR", null);
        List<Location> locations = new ArrayList<>(Arrays.asList(Location.values()));
        locations.add(null);
        List<PhoneAccess> phones = new ArrayList<>(Arrays.asList(PhoneAccess.values()));
        phones.add(null);
        long checked = 0;
        long withAdvice = 0;
        for (Audience audience : audiences)
        for (String country : countries)
        for (Boolean danger : BOOLS)
        for (Boolean perpetrator : BOOLS)
        for (Location location : locations)
        for (PhoneAccess phone : phones)
        for (Boolean speak : BOOLS)
        for (Boolean leave : BOOLS)
        for (Boolean police : BOOLS)
        for (Boolean locks : BOOLS)
        for (Boolean exit : BOOLS) {
            Situation s = Situation.builder().audience(audience).country(country).immediateDanger(danger)
                    .perpetratorOnPremises(perpetrator).location(location).phoneAccess(phone)
                    .canSpeakSafely(speak).canLeaveSafely(leave).policePresent(police)
                    .roomLocksFromInside(locks).roomHasExit(exit).build();
            List<String> engine = slice.advise(s, AdviceOptions.complete()).recommendations().stream().map(Recommendation::actionId).toList();
            List<String> reference = DangerReference.advise(s);
            if (!reference.equals(engine)) {
                assertThat(reference).as("situation %s", describe(s)).isEqualTo(engine);
            }
            checked++;
            if (!engine.isEmpty()) {
                withAdvice++;
            }
        }
        assertThat(checked).isEqualTo(3L * 4 * 3 * 3 * 10 * 5 * 3 * 3 * 3 * 3 * 3);
        assertThat(withAdvice).isGreaterThan(checked / 10);
        System.out.printf("danger slice: reference = engine on %,d situations (%,d with advice)%n", checked, withAdvice);
    }

    @Test
    void sampleIsFixedAndFromTheWholeSpace() {
        Situation[] a = Situations.sample(Situations.SAMPLE);
        assertThat(a).hasSize(Situations.SAMPLE).containsExactly(Situations.sample(Situations.SAMPLE));
        assertThat(Arrays.stream(a).map(Situation::getHonourBasedAbuse).distinct().count()).isEqualTo(3);
    }

    private static String describe(Situation s) {
        return org.safeplan.rules.json.SafePlanJson.writeSituation(s);
    }
}
