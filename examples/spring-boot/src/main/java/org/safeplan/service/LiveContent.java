package org.safeplan.service;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.GuidanceInventory;
import org.safeplan.rules.content.ContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The content the service answers with, and whether it may answer at all.
 *
 * <p>Without a content folder: the bundled content, always {@linkplain State#READY ready}.
 *
 * <p>With a content folder ({@code safeplan.content}): the folder is loaded when the service starts
 * and again after every saved edit ({@link ContentWatcher}), each time checked and compiled by
 * {@link SafetyAdvisor#swapContent(ContentSource)}. The advisor only answers while the folder's
 * latest load succeeded: while an edit is {@linkplain State#LOADING loading}, callers wait for it;
 * when the folder has {@linkplain State#INVALID problems}, they get the problems, never the advice of
 * the previous good content (an author must not mistake it for their edit). A second advisor keeps
 * the bundled content, to compare the preview with ({@code POST /v1/compare}).
 *
 * <p>Nothing here sees a situation; only content files and their problems.
 */
public final class LiveContent implements SmartLifecycle, AutoCloseable, ContentWatcher.Loads {

    /** Whether the content may answer. */
    public enum State {
        /** Loaded and answering. */
        READY,
        /** The latest load failed: its problems are reported, no advice is given. */
        INVALID,
        /** A load is under way (or a save was seen and is about to be loaded): callers wait. */
        LOADING;

        /** As JSON shows it. */
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code GET /v1/content}: where the content comes from and whether it answers, the countries with a
     * jurisdiction pack of their own (partners' packs included) and the languages it has texts in, for
     * the playground's country list and language switch.
     */
    public record Status(String source, String version, String state, List<String> problems, String loadedAt,
                         Long loadMillis, List<String> countries, List<String> languages) {
    }

    /** How long a request waits for a load under way before it is answered "still loading". */
    static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * Compiles of the folder, thrown away, after the first load ({@code safeplan.content.warm-ups}):
     * the JIT compiles Drools' rule compiler during the first few loads, which take 2–5 times as long
     * as later ones. Done in the background at start, so that an author's first edits load about as
     * fast as the later ones.
     */
    static final int WARM_UPS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(LiveContent.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One consistent view of the state; replaced whole, never changed. */
    private record Snapshot(State state, String version, List<String> problems, Instant loadedAt, Long loadMillis,
                            GuidanceInventory inventory) {
    }

    private final SafetyAdvisor advisor;
    private final SafetyAdvisor bundled;
    private final Path folder;
    private final int warmUps;
    private final Object lock = new Object();
    private volatile boolean warmingUp;
    private volatile Snapshot snapshot;
    private ContentWatcher watcher;
    private volatile boolean running;

    private LiveContent(SafetyAdvisor advisor, SafetyAdvisor bundled, Path folder, int warmUps, Snapshot initial) {
        this.advisor = advisor;
        this.bundled = bundled;
        this.folder = folder;
        this.warmUps = warmUps;
        this.snapshot = initial;
    }

    /** The bundled content: ready at once, never reloaded. */
    static LiveContent bundled(SafetyAdvisor advisor, GuidanceInventory inventory) {
        return new LiveContent(advisor, null, null, 0,
                new Snapshot(State.READY, advisor.contentVersion(), List.of(), Instant.now(), null, inventory));
    }

    /**
     * A content folder, loaded when {@link #start() started} and after every saved edit.
     *
     * @param advisor the advisor that will answer; it holds the bundled content until the folder is loaded,
     *     and never answers with it
     * @param bundled an advisor on the bundled content, the baseline of comparisons
     * @param warmUps how many {@linkplain #WARM_UPS warm-up} compiles follow the first load
     */
    static LiveContent folder(Path folder, SafetyAdvisor advisor, SafetyAdvisor bundled, GuidanceInventory inventory,
                              int warmUps) {
        return new LiveContent(advisor, bundled, folder, warmUps,
                new Snapshot(State.LOADING, null, List.of(), null, null, inventory));
    }

    /** The advisor the service answers with; use {@link #ready()} to answer a request. */
    public SafetyAdvisor advisor() {
        return advisor;
    }

    /** The content folder, if the service previews one. */
    Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The advisor on the bundled content, when a content folder is previewed: what a preview is compared with. */
    Optional<SafetyAdvisor> bundledBaseline() {
        return Optional.ofNullable(bundled);
    }

    /** The inventory of the content that answers (the folder's once it loaded). */
    public GuidanceInventory inventory() {
        return snapshot.inventory();
    }

    /** The state for {@code GET /v1/content}. */
    Status status() {
        Snapshot s = snapshot;
        return new Status(folder == null ? "bundled" : "folder", s.version(), s.state().json(), s.problems(),
                s.loadedAt() == null ? null : s.loadedAt().toString(), s.loadMillis(), advisor.countries(),
                advisor.languages());
    }

    /** The version that answers now, or null when nothing may answer. */
    String answeringVersion() {
        Snapshot s = snapshot;
        return s.state() == State.READY ? s.version() : null;
    }

    /**
     * The advisor, once the content may answer: waits while a load is under way.
     *
     * @throws ContentUnavailableException if the content has problems, or is still loading after {@link #WAIT}
     */
    public SafetyAdvisor ready() {
        Snapshot s = snapshot;
        if (s.state() == State.LOADING) {
            s = awaitLoaded();
        }
        if (s.state() != State.READY) {
            throw new ContentUnavailableException(s.state(), s.problems());
        }
        return advisor;
    }

    private Snapshot awaitLoaded() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (lock) {
            try {
                while (snapshot.state() == State.LOADING) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return snapshot;
        }
    }

    /** A save was seen: from now on no request is answered until it is loaded. */
    @Override
    public void loading() {
        warmingUp = false;
        synchronized (lock) {
            Snapshot s = snapshot;
            if (s.state() != State.LOADING) {
                snapshot = new Snapshot(State.LOADING, null, List.of(), s.loadedAt(), s.loadMillis(), s.inventory());
            }
        }
    }

    /**
     * Loads the folder as it is now (checked, then compiled) and swaps it in; on any problem, the
     * content is {@linkplain State#INVALID invalid} until the next load. Called by the watcher thread only,
     * so one load runs at a time.
     */
    /** The folder's inventory, or {@code fallback} if it cannot be read (the content's checks say why). */
    private static GuidanceInventory inventoryOf(Path folder, GuidanceInventory fallback) {
        try {
            return GuidanceInventory.of(folder);
        } catch (ContentException e) {
            return fallback;
        }
    }

    @Override
    public void load() {
        loading();
        long start = System.nanoTime();
        Snapshot next;
        GuidanceInventory inventory = snapshot.inventory();
        try {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long processCpu = processCpuNanos();
            String version = advisor.swapContent(ContentSource.folder(folder));
            inventory = inventoryOf(folder, inventory);
            next = new Snapshot(State.READY, version, List.of(), Instant.now(), millisSince(start), inventory);
            // CPU times: where a slow load went (the compile on this thread; the JIT and Drools' build pool besides).
            LOG.info("Content folder loaded: version {} in {} ms (CPU: {} ms on this thread, {} ms in all)", version,
                    next.loadMillis(), (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (processCpuNanos() - processCpu) / 1_000_000);
        } catch (ContentException e) {
            List<String> problems = e.problems().isEmpty() ? List.of("the content could not be loaded") : e.problems();
            next = new Snapshot(State.INVALID, null, problems, Instant.now(), millisSince(start), inventory);
            LOG.warn("Content folder has {} {}; no advice is given until fixed (GET /v1/content and the playground"
                    + " list them)", problems.size(), problems.size() == 1 ? "problem" : "problems");
        } catch (RuntimeException | LinkageError e) {
            // Not a problem an author could fix in the files. Named by type only, as every failure in this service.
            next = new Snapshot(State.INVALID, null,
                    List.of("The content could not be loaded (" + e.getClass().getName() + "); see the service's log."),
                    Instant.now(), millisSince(start), inventory);
            LOG.error("Content folder could not be loaded: {}", e.getClass().getName());
        }
        synchronized (lock) {
            snapshot = next;
            lock.notifyAll();
        }
    }

    /**
     * After the first good load: {@link #WARM_UPS} compiles of the folder on a background thread,
     * thrown away, until the first save is seen. Changes nothing that answers. A load does not wait
     * for a warm-up compile under way (compiles of separate copies run side by side); it only stops
     * the next ones. Only on spare CPU: none starts while the machine's load average is at or over its
     * number of processors, where it would slow down a load that an author waits for.
     */
    @Override
    public void warmUp() {
        if (snapshot.state() != State.READY || warmUps <= 0) {
            return;
        }
        warmingUp = true;
        Thread warmUp = new Thread(() -> {
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < warmUps && warmingUp && os.getSystemLoadAverage() < os.getAvailableProcessors(); i++) {
                try {
                    SafetyAdvisor.create(ContentSource.folder(folder));
                } catch (RuntimeException | LinkageError e) {
                    return;                  // the folder changed; the watcher loads it
                }
            }
        }, "safeplan-content-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    // ---- lifecycle: the watcher runs while the application does -----------------------------------

    @Override
    public void start() {
        if (folder != null && watcher == null) {
            watcher = ContentWatcher.start(folder, this);
        }
        running = true;
    }

    @Override
    public void stop() {
        close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        running = false;
        warmingUp = false;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** No advice: the content has problems, or is still loading. Answered with 503 and the problems. */
    static final class ContentUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient State state;
        private final transient List<String> problems;

        ContentUnavailableException(State state, List<String> problems) {
            super(state == State.INVALID ? "the content has problems" : "the content is loading", null, false, false);
            this.state = state;
            this.problems = List.copyOf(problems);
        }

        State state() {
            return state;
        }

        List<String> problems() {
            return problems;
        }
    }
}
