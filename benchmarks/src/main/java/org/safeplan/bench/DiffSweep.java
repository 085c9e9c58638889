package org.safeplan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.authoring.DiffReport;
import org.safeplan.rules.authoring.SituationSpace;

/**
 * The diff's sweep alone, in a fresh JVM as {@code safeplan diff} runs it: loads both versions,
 * then times one cold sweep of {@link ContentDiff#sweep} (wall clock and the process's CPU time).
 *
 * <pre>java -cp benchmarks.jar org.safeplan.bench.DiffSweep BASELINE CANDIDATE THREADS [SWEEPS]</pre>
 *
 * With SWEEPS above 1 the sweep is repeated in the same JVM, each timed: the later ones run warm.
 */
public final class DiffSweep {

    private DiffSweep() {
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    public static void main(String[] args) {
        Path baseline = Path.of(args[0]);
        Path candidate = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        double c0 = cpuSeconds();
        SafetyAdvisor before = SafetyAdvisor.create(ContentSource.of(baseline));
        SafetyAdvisor after = SafetyAdvisor.create(ContentSource.of(candidate));
        SituationSpace sweep = ContentDiff.sweep(baseline, candidate);
        int sweeps = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long t1 = System.nanoTime();
        double c1 = cpuSeconds();
        double loadSeconds = (t1 - t0) / 1e9;
        double loadCpu = c1 - c0;
        for (int i = 1; i <= sweeps; i++) {
            DiffReport report = ContentDiff.compare(before, after, List.of(), List.of(), sweep, threads,
                    ContentDiff.Progress.NONE);
            long t2 = System.nanoTime();
            double c2 = cpuSeconds();
            System.out.printf(Locale.ROOT, "threads %d: load %.2f s (CPU %.1f s), sweep %d of %,d situations %.2f s"
                    + " (CPU %.1f s); %s%n", threads, loadSeconds, loadCpu, i, sweep.size(), (t2 - t1) / 1e9,
                    c2 - c1, report.summary());
            t1 = t2;
            c1 = c2;
        }
    }
}
