package org.safeplan.bench;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.json.SafePlanJson;

/**
 * A supplement to JMH for a shared, noisy machine: the same single-thread loops as the JMH
 * benchmarks, timed by the thread's CPU time as well as by the wall clock. CPU time does not
 * count the time the thread waited for a core taken by other processes, so it stays comparable
 * when the load average is high; wall-clock figures come from JMH.
 * {@code java -cp benchmarks.jar org.safeplan.bench.CpuTimeProbe [full|everyField|full2|memo|slice|reference|json|read|write]...}
 */
public final class CpuTimeProbe {

    private static volatile Object sink;
    /** Warm-up and measurement, shorter for A/B runs of several JVMs: -Dprobe.warm=8 -Dprobe.iterations=3 -Dprobe.seconds=2. */
    private static final long WARM_NANOS = Integer.getInteger("probe.warm", 15) * 1_000_000_000L;
    private static final int ITERATIONS = Integer.getInteger("probe.iterations", 5);
    private static final long ITERATION_NANOS = Integer.getInteger("probe.seconds", 3) * 1_000_000_000L;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("full", "memo", "slice", "reference", "json") : List.of(args);
        Situation[] sample = Situations.sample(Situations.SAMPLE);
        int mask = Situations.SAMPLE - 1;
        List<String> jsonSample = new ArrayList<>();
        for (Situation s : sample) {
            jsonSample.add(SafePlanJson.writeSituation(s));
        }
        for (String name : which) {
            IntFunction<Object> op;
            switch (name) {
                case "full" -> {
                    SafetyAdvisor advisor = SafetyAdvisor.create();
                    op = i -> advisor.advise(sample[i & mask]);
                }
                case "everyField" -> {
                    SafetyAdvisor advisor = SafetyAdvisor.create();
                    Situation[] every = Situations.everyField(Situations.SAMPLE);
                    op = i -> advisor.advise(every[i & mask]);
                }
                case "memo" -> {
                    SafetyAdvisor advisor = SafetyAdvisor.builder().memoize(2L * Situations.SAMPLE).build();
                    op = i -> advisor.advise(sample[i & mask]);
                }
                case "slice" -> {
                    SafetyAdvisor advisor = SliceContent.advisor();
                    op = i -> advisor.advise(sample[i & mask]);
                }
                case "reference" -> op = i -> DangerReference.advise(sample[i & mask]);
                case "json" -> {
                    // What the CLI does per JSONL line: read, advise, write.
                    SafetyAdvisor advisor = SafetyAdvisor.create();
                    Writer nowhere = Writer.nullWriter();
                    op = i -> {
                        SafePlanJson.writeGuidance(advisor.advise(SafePlanJson.readSituation(jsonSample.get(i & mask))), nowhere);
                        return nowhere;
                    };
                }
                case "full2" -> {
                    // Two threads sharing one advisor: CPU per call on each thread, against "full".
                    SafetyAdvisor advisor = SafetyAdvisor.create();
                    runThreads(name, 2, t -> i -> advisor.advise(sample[(i + t * 2048) & mask]));
                    continue;
                }
                case "read" -> op = i -> SafePlanJson.readSituation(jsonSample.get(i & mask));
                case "write" -> {
                    SafetyAdvisor advisor = SafetyAdvisor.create();
                    List<org.safeplan.rules.Guidance> guidance = new ArrayList<>();
                    for (Situation s : sample) {
                        guidance.add(advisor.advise(s));
                    }
                    Writer nowhere = Writer.nullWriter();
                    op = i -> {
                        SafePlanJson.writeGuidance(guidance.get(i & mask), nowhere);
                        return nowhere;
                    };
                }
                default -> throw new IllegalArgumentException("unknown probe " + name);
            }
            run(name, op);
        }
    }

    /** {@code threads} threads at once, each timing its own CPU per call; prints each and the total rate. */
    private static void runThreads(String name, int threads, java.util.function.IntFunction<IntFunction<Object>> ops)
            throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpuPerOp = new double[threads];
        long[] counts = new long[threads];
        long warmEnd = System.nanoTime() + 20_000_000_000L;
        long measureEnd = warmEnd + 15_000_000_000L;
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            IntFunction<Object> op = ops.apply(t);
            Thread thread = new Thread(() -> {
                int counter = 0;
                while (System.nanoTime() < warmEnd) {
                    for (int k = 0; k < 1000; k++) {
                        sink = op.apply(counter++);
                    }
                }
                long cpu0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                while (System.nanoTime() < measureEnd) {
                    for (int k = 0; k < 1000; k++) {
                        sink = op.apply(counter++);
                    }
                    n += 1000;
                }
                cpuPerOp[id] = (mx.getCurrentThreadCpuTime() - cpu0) / (double) n;
                counts[id] = n;
            });
            running.add(thread);
            thread.start();
        }
        for (Thread t : running) {
            t.join();
        }
        long total = 0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", name));
        for (int t = 0; t < threads; t++) {
            total += counts[t];
            line.append(String.format(Locale.ROOT, " | thread %d cpu %.1f ns/op", t, cpuPerOp[t]));
        }
        System.out.println(line);
        System.out.printf(Locale.ROOT, "%-10s %d threads: %.1f calls/ms in total (wall); load average %s%n", name, threads,
                total / 15_000.0, loadAverage());
    }

    private static void run(String name, IntFunction<Object> op) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int counter = 0;
        long warmEnd = System.nanoTime() + WARM_NANOS;
        while (System.nanoTime() < warmEnd) {
            for (int k = 0; k < 1000; k++) {
                sink = op.apply(counter++);
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", name));
        double best = Double.MAX_VALUE;
        double sum = 0;
        int iterations = ITERATIONS;
        for (int it = 0; it < iterations; it++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long ops = 0;
            long end = wall0 + ITERATION_NANOS;
            while (System.nanoTime() < end) {
                for (int k = 0; k < 1000; k++) {
                    sink = op.apply(counter++);
                }
                ops += 1000;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / (double) ops;
            double wall = (System.nanoTime() - wall0) / (double) ops;
            best = Math.min(best, cpu);
            sum += cpu;
            line.append(String.format(Locale.ROOT, " | cpu %8.1f ns wall %8.1f ns", cpu, wall));
        }
        System.out.println(line);
        System.out.printf(Locale.ROOT, "%-10s cpu mean %.1f ns/op, best %.1f ns/op; load average %s%n", name,
                sum / iterations, best, loadAverage());
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
