package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeplan.rules.*;

class SmokeTest {
    @Test
    void kitchen() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        for (int i = 0; i < 3; i++) {
            Guidance g = advisor.advise(Situation.builder().country("US").immediateDanger(true).location(Location.KITCHEN).build());
            System.out.println(g);
            g.recommendations().forEach(r -> System.out.println(r.rank() + " " + r.title() + " | " + r.text() + " " + r.sources() + r.firedBy()));
        }
        System.out.println(advisor.advise(Situation.empty()));
        System.out.println(advisor.advise(Situation.builder().country("GB").immediateDanger(true).canSpeakSafely(false).location(Location.BATHROOM).roomLocksFromInside(true).canLeaveSafely(false).build()));
    }
}
