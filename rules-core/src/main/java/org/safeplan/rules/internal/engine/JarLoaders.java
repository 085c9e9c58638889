package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.net.URLClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a content jar's class loader (and with it the open jar file) once the content loaded from
 * it can no longer be reached: not when it is swapped out, since calls in flight may still be using
 * it, but when the last of them has finished and the garbage collector has found it unreachable.
 */
final class JarLoaders {

    private static final Logger LOG = LoggerFactory.getLogger(JarLoaders.class);
    private static final Cleaner CLEANER = Cleaner.create();

    private JarLoaders() {
    }

    /** Closes {@code loader} after {@code content} has become unreachable. */
    static void closeWhenUnreachable(Object content, URLClassLoader loader) {
        CLEANER.register(content, () -> close(loader)); // captures the loader only, never the content
    }

    /** Closes {@code loader} now; a failure is logged, never thrown. */
    static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.warn("A content jar could not be closed: {}", e.toString());
        }
    }
}
