package org.safeplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * {@code advise()} with the full content, warm: one thread, two threads sharing the advisor, and
 * with the optional memo. Each call takes the next of {@link Situations#SAMPLE} situations drawn
 * from the whole standard space ({@code adviseEveryField}: drawn with every field at random,
 * {@link Situations#everyField(int)}). Average time per call; for the scaling figure see
 * {@link ScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdviseBenchmark {

    private SafetyAdvisor advisor;
    private SafetyAdvisor memoized;
    private Situation[] situations;
    private Situation[] everyField;

    @Setup
    public void setUp() {
        situations = Situations.sample(Situations.SAMPLE);
        everyField = Situations.everyField(Situations.SAMPLE);
        advisor = SafetyAdvisor.create();
        // Large enough for the whole sample: after warm-up every call is a hit.
        memoized = SafetyAdvisor.builder().memoize(2L * Situations.SAMPLE).build();
    }

    @Benchmark
    public Guidance advise(Cursor cursor) {
        return advisor.advise(cursor.next(situations));
    }

    @Benchmark
    public Guidance adviseEveryField(Cursor cursor) {
        return advisor.advise(cursor.next(everyField));
    }

    @Benchmark
    @Threads(2)
    public Guidance adviseTwoThreads(Cursor cursor) {
        return advisor.advise(cursor.next(situations));
    }

    @Benchmark
    public Guidance adviseMemoized(Cursor cursor) {
        return memoized.advise(cursor.next(situations));
    }
}
