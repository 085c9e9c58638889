package org.safeplan.service;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a content folder and its subfolders (the JDK's {@link WatchService}; new subfolders are
 * watched as they appear) and has {@link LiveContent} load it after each save.
 *
 * <p>One thread does everything, so one load runs at a time. A burst of events (an editor's save,
 * a {@code git checkout}) is one load: the load starts after {@link #QUIET_MS} without an event
 * (at most {@link #MAX_DEFER_MS} after the first). A save during a load is queued by the watch
 * service and brings one more load after it. The moment an event is seen, the content is marked
 * loading, so no request is answered with the content from before the save.
 *
 * <p>Editors' own files (hidden files such as {@code .actions.yaml.swp}, backups ending in
 * {@code ~}, {@code #autosave#}, vim's {@code 4913} probe, JetBrains' {@code ___jb_tmp___}) do not
 * count as saves: they are not content, and an editor writes them while the author types.
 */
final class ContentWatcher implements Runnable, AutoCloseable {

    /** What the watcher has done on a save: {@link LiveContent} in the service. Called from the watcher thread. */
    interface Loads {
        /** A save was seen; a load follows. */
        void loading();

        /** Loads the folder as it is now. */
        void load();

        /** After the first load; optional work that a save may interrupt. */
        default void warmUp() {
        }
    }

    /** Quiet time that ends a burst of events. */
    static final long QUIET_MS = 200;
    /** The longest a load waits for quiet, so that a file written continuously still gets loaded. */
    static final long MAX_DEFER_MS = 2_000;
    /** While the folder does not exist: how often to look for it again. */
    static final long ABSENT_POLL_MS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path root;
    private final Loads content;
    private final WatchService watch;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private ContentWatcher(Path root, Loads content) throws IOException {
        this.root = root;
        this.content = content;
        this.watch = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this, "safeplan-content-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code root} on a thread of its own; the first load happens there at once. */
    static ContentWatcher start(Path root, Loads content) {
        try {
            ContentWatcher watcher = new ContentWatcher(root, content);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch the content folder (" + e.getClass().getName() + ")");
        }
    }

    @Override
    public void run() {
        try {
            registerTree();               // before the first load: a save during it is not missed
            content.load();
            content.warmUp();
            while (!closed) {
                if (keys.isEmpty()) {
                    waitForFolder();
                    continue;
                }
                if (!handle(watch.take())) {
                    continue;             // only editors' own files changed
                }
                content.loading();
                long first = System.nanoTime();
                WatchKey next;
                while ((next = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                    if (System.nanoTime() - first > TimeUnit.MILLISECONDS.toNanos(MAX_DEFER_MS)) {
                        break;            // what is still queued brings one more load
                    }
                }
                content.load();
                if (!Files.isDirectory(root)) {
                    cancelAll();          // moved away: watch for a folder at the path again
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (RuntimeException | Error e) {
            if (!closed) {
                LOG.error("The content folder is no longer watched: {}", e.getClass().getName());
            }
        }
    }

    /** While the folder does not exist: looks for it, and loads it when it is back. */
    private void waitForFolder() throws InterruptedException {
        Thread.sleep(ABSENT_POLL_MS);
        if (Files.isDirectory(root)) {
            content.loading();
            registerTree();
            content.load();
        }
    }

    /**
     * Takes the events of one key and re-arms it; watches new subfolders.
     *
     * @return true if a content file (or folder) may have changed
     */
    private boolean handle(WatchKey key) {
        Path dir = keys.get(key);
        boolean changed = false;
        boolean rescan = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;
                rescan = true;
                continue;
            }
            Path name = (Path) event.context();
            if (dir == null || isEditorFile(name)) {
                continue;
            }
            changed = true;
            Path child = dir.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                rescan = true;
            }
        }
        if (!key.reset()) {
            keys.remove(key);             // its folder was deleted or moved
            changed = true;
        }
        if (rescan) {
            registerTree();
        }
        return changed;
    }

    /** Hidden files, backups and editors' temporary files: never content. */
    static boolean isEditorFile(Path name) {
        String n = name.toString();
        return n.startsWith(".") || n.startsWith("#") || n.endsWith("~") || n.equals("4913")
                || n.endsWith(".swp") || n.endsWith(".swx") || n.endsWith(".swo") || n.endsWith(".tmp")
                || n.contains("___jb_");
    }

    /** Watches the folder and every subfolder not yet watched (registering one twice is harmless). */
    private void registerTree() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && isEditorFile(dir.getFileName())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    keys.put(dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;     // gone meanwhile, or unreadable: the load reports it
                }
            });
        } catch (IOException e) {
            // The folder went away while it was walked; the next load says so.
        }
    }

    private void cancelAll() {
        keys.keySet().forEach(WatchKey::cancel);
        keys.clear();
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
