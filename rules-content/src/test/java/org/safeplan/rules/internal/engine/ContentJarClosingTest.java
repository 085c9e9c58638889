package org.safeplan.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.guidance.ContentCopies;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Location;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ContentManifest;

/**
 * A content jar's class loader is closed once its content is unreachable (swapped out and no call
 * in flight), never while the content can still be used.
 */
class ContentJarClosingTest {

    private static final Situation KITCHEN = Situation.builder()
            .country("US").immediateDanger(true).perpetratorOnPremises(true).location(Location.KITCHEN).build();

    @TempDir
    static Path temp;
    private static Path jar;

    @BeforeAll
    static void buildAJar() throws IOException {
        jar = ContentCopies.jar(temp.resolve("rules-content.jar"), (name, text) -> text);
    }

    @Test
    void theLoaderStaysOpenWhileTheContentIsReachable() {
        ContentBundle bundle = ContentBundle.fromJar(jar, getClass().getClassLoader());
        URLClassLoader loader = (URLClassLoader) bundle.classLoader();
        System.gc();
        assertThat(loader.findResource(ContentManifest.RESOURCE)).isNotNull();
        assertThat(bundle.advise(KITCHEN, AdviceOptions.defaults()).recommendations()).isNotEmpty();
    }

    @Test
    void theLoaderIsClosedOnceTheContentIsUnreachable() throws InterruptedException {
        ContentBundle bundle = ContentBundle.fromJar(jar, getClass().getClassLoader());
        URLClassLoader loader = (URLClassLoader) bundle.classLoader();
        WeakReference<ContentBundle> ref = new WeakReference<>(bundle);
        bundle = null;
        for (int i = 0; i < 100 && loader.findResource(ContentManifest.RESOURCE) != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(ref.get()).as("the bundle was collected").isNull();
        assertThat(loader.findResource(ContentManifest.RESOURCE)).as("a closed loader finds nothing").isNull();
    }

    @Test
    void closingOneLoaderOfAJarLeavesAnotherLoadersStreamsReadable() throws IOException {
        // Two contents from the same jar (a diff of a jar against itself, a swap back): the first one's
        // loader closed by the cleaner must not close what the second is reading.
        ChildFirstClassLoader first = new ChildFirstClassLoader(jar.toUri().toURL(), getClass().getClassLoader());
        try (ChildFirstClassLoader second = new ChildFirstClassLoader(jar.toUri().toURL(), getClass().getClassLoader());
             InputStream a = first.getResourceAsStream(ContentManifest.RESOURCE);
             InputStream b = second.getResourceAsStream(ContentManifest.RESOURCE)) {
            byte[] expected = a.readAllBytes();
            first.close();
            assertThat(b.readAllBytes()).isEqualTo(expected);
        }
    }

    @Test
    void aJarThatIsNotContentIsRefused() throws IOException {
        Path notContent = Files.write(temp.resolve("empty.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> ContentBundle.fromJar(notContent, getClass().getClassLoader()))
                .isInstanceOf(ContentException.class)
                .hasMessage(notContent + ": not a SafePlan content jar (no " + ContentManifest.RESOURCE + ")");
    }
}
