package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * One advisor shared by 8 threads gives exactly the serial results, also while its content is
 * swapped to another version and back (issue 5, "Concurrency and swap").
 *
 * <p>The situations are the whole core space (97,200) plus 2,800 random situations over every
 * field: 100,000 distinct situations whose guidance is first computed serially, one by one. Then
 * 8 threads make {@value #CALLS} calls in total (the 8 x 1,000,000 would take minutes on 2
 * cores; {@code -Dsafeplan.concurrency.calls=8000000} runs it), each thread walking the situations
 * in its own order, and every answer is compared with the serial answer of the same situation.
 */
class ConcurrencyProofTest {

    static final int CALLS = Integer.getInteger("safeplan.concurrency.calls", 1_000_000);
    private static final int THREADS = 8;
    private static final int RANDOM_EXTRA = 2_800;
    private static final String NEWER = "9.9.9";
    /** Prime to the 100,000 situations, so each thread visits every one of them. */
    private static final long[] STRIDES = {1, 7, 13, 31, 61, 97, 193, 389};

    @TempDir
    static Path temp;
    private static List<Situation> situations;
    private static Path newerJar;

    @BeforeAll
    static void situationsAndANewerContentJar() throws IOException {
        situations = new ArrayList<>(100_000);
        SituationSpace.core().forEach(situations::add);
        List<SituationField> fields = SituationField.all();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < RANDOM_EXTRA; i++) {
            Situation s = Situation.empty();
            for (SituationField f : fields) {
                List<Object> values = SafetyInvariantsTest.values(f);
                s = SafetyInvariantsTest.with(s, f, values.get(random.nextInt(values.size())));
            }
            situations.add(s);
        }
        // The edited content: another version, and a changed title that the core space shows.
        String title = shownPlainTitle();
        newerJar = ContentCopies.jar(temp.resolve("rules-content-" + NEWER + ".jar"), (name, text) -> switch (name) {
            case ContentCopies.MANIFEST -> text.replaceFirst("version: \\S+", "version: " + NEWER);
            case ContentCopies.CATALOG -> text.replace(GuidanceSources.plainTitleLine(title),
                    GuidanceSources.plainTitleLine(title + " (edited)"));
            default -> text;
        });
    }

    /** The title of an action the core space is advised, as the catalog writes it on a line of its own. */
    private static String shownPlainTitle() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        for (Situation s : situations) {
            for (var r : advisor.advise(s).recommendations()) {
                if (GuidanceSources.hasPlainTitle(r)) {
                    return r.title();
                }
            }
        }
        throw new AssertionError("no situation of the core space is advised an action with a plain title");
    }

    private static List<Guidance> serial(SafetyAdvisor advisor) {
        List<Guidance> out = new ArrayList<>(situations.size());
        for (Situation s : situations) {
            out.add(advisor.advise(s));
        }
        return out;
    }

    /** Which situation a thread asks about at its n-th call: each thread has its own stride and start. */
    private static int index(int thread, long n) {
        return (int) ((thread * 12_497L + n * STRIDES[thread]) % situations.size());
    }

    /** The outcome of one concurrent run. */
    record Run(long calls, Map<String, Long> byVersion, List<String> failures) {
    }

    /**
     * {@link #CALLS} calls over {@link #THREADS} threads, each answer compared with the serial
     * answer of its content version; {@code duringRun} runs beside the callers, given the count of
     * calls made so far.
     */
    private static Run run(SafetyAdvisor advisor, Map<String, List<Guidance>> expectedByVersion,
                           java.util.function.Consumer<AtomicLong> duringRun) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicBoolean sideDone = new AtomicBoolean(duringRun == null);
        Map<String, LongAdder> byVersion = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> callers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                long quota = CALLS / THREADS + (t < CALLS % THREADS ? 1 : 0);
                callers.add(pool.submit(() -> {
                    start.await();
                    long n = 0;
                    // The quota, and on until the side task (the swaps) is over, so it is surely mid-run.
                    while (n < quota || !sideDone.get()) {
                        int i = index(thread, n++);
                        try {
                            Guidance g = advisor.advise(situations.get(i));
                            byVersion.computeIfAbsent(g.contentVersion(), v -> new LongAdder()).increment();
                            List<Guidance> expected = expectedByVersion.get(g.contentVersion());
                            if (expected == null || !expected.get(i).equals(g)) {
                                failures.add("thread " + thread + ", situation " + i + ", version " + g.contentVersion()
                                        + ": differs from the serial result");
                            }
                        } catch (RuntimeException | Error e) {
                            failures.add("thread " + thread + ", situation " + i + ": " + e);
                        }
                        done.incrementAndGet();
                    }
                    return n;
                }));
            }
            Future<?> side = duringRun == null ? null : pool.submit(() -> {
                try {
                    duringRun.accept(done);
                } finally {
                    sideDone.set(true);
                }
            });
            start.countDown();
            long calls = 0;
            for (Future<Long> f : callers) {
                calls += f.get();
            }
            if (side != null) {
                side.get();
            }
            Map<String, Long> counts = new java.util.TreeMap<>();
            byVersion.forEach((v, n) -> counts.put(v, n.sum()));
            return new Run(calls, counts, List.copyOf(failures));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightThreadsOnOneAdvisorGiveExactlyTheSerialResults() throws Exception {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        List<Guidance> serial = serial(advisor);
        Run run = run(advisor, Map.of(advisor.contentVersion(), serial), null);
        System.out.printf("Concurrency: %,d calls on %d threads over %,d situations, each equal to its serial result: %s%n",
                run.calls(), THREADS, situations.size(), run.failures().isEmpty());
        assertThat(run.failures()).as("calls that failed or differ from the serial result").isEmpty();
        assertThat(run.calls()).isEqualTo(CALLS);
        assertThat(run.byVersion()).containsOnlyKeys(advisor.contentVersion());
    }

    @Test
    void aHotSwapToAnotherVersionAndBackInTheMiddleLosesOrFailsNoCall() throws Exception {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        String current = advisor.contentVersion();
        List<Guidance> serialCurrent = serial(advisor);
        List<Guidance> serialNewer = serial(SafetyAdvisor.create(ContentSource.jar(newerJar)));
        assertThat(serialNewer).as("the edited content advises differently").isNotEqualTo(serialCurrent);
        List<Long> swappedAt = new ArrayList<>();
        Run run = run(advisor, Map.of(current, serialCurrent, NEWER, serialNewer), done -> {
            awaitCalls(done, CALLS / 3);
            swappedAt.add(done.get());
            assertThat(advisor.swapContent(ContentSource.jar(newerJar))).isEqualTo(NEWER);
            awaitCalls(done, 2L * CALLS / 3);
            swappedAt.add(done.get());
            assertThat(advisor.swapContent(ContentSource.classpath())).isEqualTo(current);
            swappedAt.add(done.get());
        });
        System.out.printf("Hot swap: %,d calls on %d threads, swapped to %s after %,d calls and back after %,d;"
                        + " answers by content version %s, each equal to that version's serial result: %s%n",
                run.calls(), THREADS, NEWER, swappedAt.get(0), swappedAt.get(1), run.byVersion(), run.failures().isEmpty());
        assertThat(run.failures()).as("calls that failed or differ from the serial result of their version").isEmpty();
        assertThat(run.calls()).isGreaterThanOrEqualTo(CALLS);
        assertThat(run.byVersion().values().stream().mapToLong(Long::longValue).sum()).as("every call answered")
                .isEqualTo(run.calls());
        assertThat(run.byVersion()).containsOnlyKeys(current, NEWER);
        assertThat(run.byVersion().get(NEWER)).isPositive();
        assertThat(swappedAt.get(2)).as("swapped back before the run ended").isLessThan(run.calls());
        assertThat(advisor.contentVersion()).isEqualTo(current);
    }

    private static void awaitCalls(AtomicLong done, long calls) {
        while (done.get() < calls) {
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
