package org.safeplan.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;

/**
 * A reused session keeps nothing from one evaluation to the next: the heap a bundle holds does not
 * grow with the number of calls. Drools' direct firing does keep every match it fired in a reused
 * session (which is why it is not a default lever, see {@link EngineLevers#DIRECT_FIRING}); the
 * second test pins that, and shows that the measurement sees such a leak.
 */
class SessionReuseTest {

    /** A leak of a few hundred bytes a call shows as tens of megabytes over the calls made here. */
    private static final long TOLERATED_BYTES = 16L << 20;

    private static final List<Situation> SAMPLE = new ArrayList<>();

    @BeforeAll
    static void everyFourthSituationOfTheCoreSpace() {
        long i = 0;
        for (Situation s : SituationSpace.core()) {
            if (i++ % 4 == 0) {
                SAMPLE.add(s);
            }
        }
    }

    @Test
    void theDefaultLeversLeakNothingAcrossCalls() {
        assertThat(growth(EngineLevers.DEFAULT)).isLessThan(TOLERATED_BYTES);
    }

    @Test
    void directFiringKeepsWhatItFiredInAReusedSession() {
        assertThat(growth(EnumSet.of(EngineLevers.THREAD_UNSAFE, EngineLevers.DIRECT_FIRING)))
                .isGreaterThan(4 * TOLERATED_BYTES);
    }

    /** Heap used after a garbage collection, after four passes over the sample less after one. */
    private static long growth(Set<EngineLevers> levers) {
        ContentBundle bundle = ContentBundle.fromClasspath(SessionReuseTest.class.getClassLoader(), levers);
        advise(bundle, 1);
        long before = usedAfterGc();
        advise(bundle, 4);
        long after = usedAfterGc();
        // Keeps the bundle, and so its sessions, reachable until after the measurement.
        assertThat(bundle.advise(SAMPLE.get(0), AdviceOptions.defaults()).recommendations()).isNotEmpty();
        return after - before;
    }

    private static void advise(ContentBundle bundle, int passes) {
        for (int p = 0; p < passes; p++) {
            for (Situation s : SAMPLE) {
                bundle.advise(s, AdviceOptions.defaults());
            }
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
