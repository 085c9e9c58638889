package org.safeplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's own two-thread ceiling, as a control for {@link ScalingBenchmark}: work that shares
 * nothing between threads, so any shortfall from 2× is the machine's (virtual cores, the host, the
 * JVM's own threads), not SafePlan's. {@code compute} is arithmetic in registers; {@code allocate}
 * allocates about what one {@code advise()} call does (4.4 KB in small objects) and reads it back.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MachineScalingBenchmark {

    /** Per-thread state, so the threads share no cache line. */
    @State(Scope.Thread)
    public static class Seed {
        long value = System.nanoTime();
    }

    private static long compute(Seed seed) {
        long x = seed.value;
        for (int i = 0; i < 2_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        seed.value = x;
        return x;
    }

    private static long allocate(Seed seed) {
        Object[] objects = new Object[100];
        long sum = 0;
        for (int i = 0; i < objects.length; i++) {
            long[] small = new long[3];
            small[0] = seed.value + i;
            objects[i] = small;
        }
        for (Object o : objects) {
            sum += ((long[]) o)[0];
        }
        seed.value = sum;
        return sum;
    }

    @Benchmark
    @Threads(1)
    public long computeOneThread(Seed seed) {
        return compute(seed);
    }

    @Benchmark
    @Threads(2)
    public long computeTwoThreads(Seed seed) {
        return compute(seed);
    }

    @Benchmark
    @Threads(1)
    public long allocateOneThread(Seed seed) {
        return allocate(seed);
    }

    @Benchmark
    @Threads(2)
    public long allocateTwoThreads(Seed seed) {
        return allocate(seed);
    }
}
