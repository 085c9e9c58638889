package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on a real folder and the JDK's watch service, with a recorder in place of the
 * content (no rules are compiled): what counts as a save, bursts, subfolders, saves during a load.
 * The waits are for events to arrive, not measurements.
 */
class ContentWatcherTest {

    /** Long enough for any event of a save to have arrived and its quiet time to have passed. */
    private static final long SETTLE_MS = 4 * ContentWatcher.QUIET_MS + 600;

    @TempDir
    Path dir;

    private Path root;
    private Recorder recorder;
    private ContentWatcher watcher;

    /** Counts what the watcher asks of the content; a load can be held until released. */
    static final class Recorder implements ContentWatcher.Loads {
        final AtomicInteger loadings = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();
        volatile CountDownLatch holdLoads;
        volatile CountDownLatch loadStarted = new CountDownLatch(1);

        @Override
        public void loading() {
            loadings.incrementAndGet();
        }

        @Override
        public void load() {
            loads.incrementAndGet();
            loadStarted.countDown();
            CountDownLatch hold = holdLoads;
            if (hold != null) {
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        root = dir.resolve("content");
        Files.createDirectories(root.resolve("org/safeplan/guidance"));
        Files.writeString(root.resolve("org/safeplan/guidance/actions.yaml"), "actions: []\n");
        recorder = new Recorder();
        watcher = ContentWatcher.start(root, recorder);
        awaitCount(recorder.loads::get, 1);
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private static void awaitCount(IntSupplier count, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count.getAsInt() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(count.getAsInt()).isGreaterThanOrEqualTo(atLeast);
    }

    /** Waits for a load to follow the saves, then for anything that might come after it. */
    private int loadsAfterSettling(int atLeast) throws InterruptedException {
        awaitCount(recorder.loads::get, atLeast);
        Thread.sleep(SETTLE_MS);
        return recorder.loads.get();
    }

    private void save(String relative, String text) throws IOException {
        Files.writeString(root.resolve(relative), text);
    }

    @Test
    void theFolderIsLoadedOnceAtStartAndAgainAfterASave() throws Exception {
        Thread.sleep(SETTLE_MS);
        assertThat(recorder.loads.get()).isEqualTo(1);
        assertThat(recorder.loadings.get()).isZero();

        save("org/safeplan/guidance/actions.yaml", "actions: [1]\n");

        assertThat(loadsAfterSettling(2)).isEqualTo(2);
        assertThat(recorder.loadings.get()).as("marked loading before the load").isEqualTo(1);
    }

    @Test
    void aBurstOfSavesIsOneLoad() throws Exception {
        for (int i = 0; i < 20; i++) {
            save("org/safeplan/guidance/actions.yaml", "actions: [" + i + "]\n");
            save("org/safeplan/guidance/rules-" + (i % 3) + ".drl", "// " + i + "\n");
        }

        // One load; two if the machine stalled this thread for longer than the quiet time mid-burst.
        assertThat(loadsAfterSettling(2) - 1).isBetween(1, 2);
    }

    @Test
    void editorsOwnFilesAreNotSaves() throws Exception {
        for (String name : new String[] {".actions.yaml.swp", "actions.yaml~", "4913", "#actions.yaml#",
                ".#actions.yaml", "actions.yaml.tmp", "actions.yaml___jb_tmp___"}) {
            save("org/safeplan/guidance/" + name, "x");
        }
        Files.createDirectories(root.resolve(".git/objects"));
        save(".git/objects/x", "x");

        Thread.sleep(SETTLE_MS);
        assertThat(recorder.loads.get()).isEqualTo(1);
        assertThat(recorder.loadings.get()).isZero();
    }

    @Test
    void newSubfoldersAreWatched() throws Exception {
        Files.createDirectories(root.resolve("org/safeplan/guidance/topic/more"));
        int afterCreate = loadsAfterSettling(2);

        save("org/safeplan/guidance/topic/more/new-topic.drl", "// a rule file in a new subfolder\n");

        assertThat(loadsAfterSettling(afterCreate + 1)).isEqualTo(afterCreate + 1);
    }

    @Test
    void aSaveDuringALoadBringsExactlyOneMoreLoad() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        recorder.holdLoads = hold;
        recorder.loadStarted = new CountDownLatch(1);
        save("org/safeplan/guidance/actions.yaml", "actions: [a]\n");
        assertThat(recorder.loadStarted.await(30, TimeUnit.SECONDS)).isTrue();   // load 2 is under way

        for (int i = 0; i < 5; i++) {
            save("org/safeplan/guidance/actions.yaml", "actions: [b" + i + "]\n");
            Thread.sleep(20);
        }
        Thread.sleep(SETTLE_MS);
        assertThat(recorder.loads.get()).as("one load at a time").isEqualTo(2);
        recorder.holdLoads = null;
        hold.countDown();

        assertThat(loadsAfterSettling(3)).isEqualTo(3);
    }

    @Test
    void aFolderThatGoesAwayIsLoadedAgainWhenItIsBack() throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        int afterDelete = loadsAfterSettling(2);      // the load that finds no folder (the service reports it)

        Files.createDirectories(root.resolve("org/safeplan/guidance"));
        save("org/safeplan/guidance/actions.yaml", "actions: []\n");

        awaitCount(recorder.loads::get, afterDelete + 1);
        save("org/safeplan/guidance/actions.yaml", "actions: [again]\n");
        int loads = recorder.loads.get();
        assertThat(loadsAfterSettling(loads + 1)).as("watched again").isGreaterThan(loads);
    }

    @Test
    void closingStopsWatching() throws Exception {
        watcher.close();
        save("org/safeplan/guidance/actions.yaml", "actions: [closed]\n");

        Thread.sleep(SETTLE_MS);
        assertThat(recorder.loads.get()).isEqualTo(1);
    }
}
