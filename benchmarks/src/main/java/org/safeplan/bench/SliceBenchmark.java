package org.safeplan.bench;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * The engine-overhead ratio: the hand-written immediate-danger slice ({@link DangerReference})
 * against the engine loaded with only that slice ({@link SliceContent}), same JVM, same situations.
 * Ratio = sliceEngine / sliceReference (target ≤ 10).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SliceBenchmark {

    private SafetyAdvisor slice;
    private SafetyAdvisor floor;
    private Situation[] situations;

    @Setup
    public void setUp() {
        situations = Situations.sample(Situations.SAMPLE);
        slice = SliceContent.advisor();
        floor = SliceContent.floorAdvisor();
    }

    @Benchmark
    public List<String> sliceReference(Cursor cursor) {
        return DangerReference.advise(cursor.next(situations));
    }

    @Benchmark
    public Guidance sliceEngine(Cursor cursor) {
        return slice.advise(cursor.next(situations));
    }

    /** The engine's floor: one rule that always fires (see {@link SliceContent#FLOOR_RULE}). */
    @Benchmark
    public Guidance floorEngine(Cursor cursor) {
        return floor.advise(cursor.next(situations));
    }
}
