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
 * Scaling: total calls per millisecond of one advisor (full content) on one thread and on two
 * threads sharing it. Scaling = two-thread throughput / one-thread throughput (target ≥ 1.8).
 * The warm-up is longer than elsewhere: with both cores running the benchmark, the JIT compiler
 * threads get little CPU and the two-thread run reaches its steady state late.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
public class ScalingBenchmark {

    private SafetyAdvisor advisor;
    private Situation[] situations;

    @Setup
    public void setUp() {
        situations = Situations.sample(Situations.SAMPLE);
        advisor = SafetyAdvisor.create();
    }

    @Benchmark
    @Threads(1)
    public Guidance oneThread(Cursor cursor) {
        return advisor.advise(cursor.next(situations));
    }

    @Benchmark
    @Threads(2)
    public Guidance twoThreads(Cursor cursor) {
        return advisor.advise(cursor.next(situations));
    }
}
