package org.safeplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * The engine's levers A/B in one run (issue 16): {@code advise()} with the content loaded under each
 * setting of {@code safeplan.engine.levers} ({@code none}: Drools' defaults; {@code unsafe}: sessions
 * without locks, the library's default; {@code direct}: direct firing; {@code unsafe,direct}: both), on the
 * standard-space sample, the every-field sample and the danger slice (its hand-written reference,
 * the denominator of the slice's ratio, is {@code SliceBenchmark.sliceReference}). Each combination is its
 * own fork, one after the other in the same run, so the ratios between them hold while the machine's
 * speed drifts. {@code java -jar benchmarks.jar LeversBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class LeversBenchmark {

    /** The value of {@code safeplan.engine.levers} the content is loaded with. */
    @Param({"none", "unsafe", "direct", "unsafe,direct"})
    public String levers;

    /** {@code standard}, {@code everyField}: the full content on those samples; {@code slice}: the danger slice. */
    @Param({"standard", "everyField", "slice"})
    public String workload;

    private SafetyAdvisor advisor;
    private Situation[] situations;

    @Setup
    public void setUp() {
        System.setProperty("safeplan.engine.levers", levers);
        try {
            advisor = "slice".equals(workload) ? SliceContent.advisor() : SafetyAdvisor.create();
        } finally {
            System.clearProperty("safeplan.engine.levers");
        }
        situations = "everyField".equals(workload) ? Situations.everyField(Situations.SAMPLE)
                : Situations.sample(Situations.SAMPLE);
    }

    @Benchmark
    public Guidance advise(Cursor cursor) {
        return advisor.advise(cursor.next(situations));
    }
}
