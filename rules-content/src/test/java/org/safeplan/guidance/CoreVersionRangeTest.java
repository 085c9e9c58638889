package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.ContentValidator;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.CoreVersion;

/**
 * The versions contract: content says which rules-core versions it works with ({@code requires: core}
 * in content.yaml), and every way of loading content refuses it outside that range, naming both
 * versions. Nothing here is hard-coded: the content's name, version and range are read from it, and
 * the range outside is made from the running core's version.
 */
class CoreVersionRangeTest {

    private static final String MANIFEST = ContentCopies.MANIFEST;
    private static final String CORE = CoreVersion.get();
    /** A range of the next major versions: never the running core. */
    private static final String LATER = "[" + (major(CORE) + 1) + ".0," + (major(CORE) + 2) + ".0)";

    @TempDir
    static Path temp;
    private static ContentManifest bundled;
    private static Path laterJar;

    private static int major(String version) {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    @BeforeAll
    static void readTheContentAndBuildAJarForALaterCore() throws IOException {
        bundled = ContentManifest.read(MANIFEST, Files.newInputStream(ContentCopies.SOURCES.resolve(MANIFEST)));
        laterJar = ContentCopies.jar(temp.resolve("rules-content-for-a-later-core.jar"),
                (name, text) -> name.equals(MANIFEST) ? requiring(text, LATER) : text);
    }

    /** The manifest with its core range replaced. */
    private static String requiring(String manifest, String range) {
        String edited = manifest.replaceFirst("(?m)^(\\s+core:\\s*).*$", "$1\"" + range + "\"");
        assertThat(edited).as("content.yaml has a requires: core line").isNotEqualTo(manifest);
        return edited;
    }

    private static String refusal(String where, String range) {
        return where + ": content " + bundled.name() + " " + bundled.version() + " requires rules-core " + range
                + ", but this is rules-core " + CORE + ": load a content version made for rules-core " + CORE
                + ", or use a rules-core in " + range;
    }

    /** The 1-based line of the content's {@code core:} range. */
    private static int coreLine(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(MANIFEST));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("core:")) {
                return i + 1;
            }
        }
        throw new AssertionError(MANIFEST + " has no core: line");
    }

    @Test
    void theBundledContentRequiresARangeThatHoldsThisCore() {
        assertThat(bundled.coreMismatch(CORE)).isNull();
        assertThat(SafetyAdvisor.create().contentVersion()).isEqualTo(bundled.version());
        assertThat(ContentValidator.validate(ContentCopies.SOURCES).isValid()).isTrue();
    }

    @Test
    void aJarForAnotherCoreIsRefusedNamingBothVersions() {
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.jar(laterJar)))
                .isInstanceOf(ContentException.class)
                .hasMessage(refusal("content jar " + laterJar, LATER));
    }

    @Test
    void aPinnedJarForAnotherCoreIsRefusedNamingTheJarNotItsCopy() throws Exception {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(laterJar)));
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.jar(laterJar, digest)))
                .isInstanceOf(ContentException.class)
                .hasMessage(refusal("content jar " + laterJar, LATER));
    }

    @Test
    void aSwapToContentForAnotherCoreIsRefusedAndTheOldContentKeepsAnswering() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        assertThatThrownBy(() -> advisor.swapContent(ContentSource.jar(laterJar)))
                .isInstanceOf(ContentException.class)
                .hasMessage(refusal("content jar " + laterJar, LATER));
        assertThat(advisor.advise(Situation.builder().build()).contentVersion()).isEqualTo(bundled.version());
    }

    @Test
    void contentOnTheClasspathForAnotherCoreIsRefused() throws IOException {
        ClassLoader withoutBundledContent = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.startsWith("META-INF/safeplan/") ? null : super.getResource(name);
            }

            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/safeplan/") ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
        try (URLClassLoader loader = new URLClassLoader(new URL[] {laterJar.toUri().toURL()}, withoutBundledContent)) {
            assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.classpath(loader)))
                    .isInstanceOf(ContentException.class)
                    .hasMessage(refusal("the classpath", LATER));
        }
    }

    @Test
    void aFolderForAnotherCoreIsRefusedByValidateAndByLoadingWithItsLine() throws IOException {
        Path folder = ContentCopies.folder(temp, MANIFEST, text -> requiring(text, LATER));
        String problem = MANIFEST + ":" + coreLine(folder) + ": " + refusal("", LATER).substring(2);
        assertThat(ContentValidator.validate(folder).problems()).hasSize(1)
                .first().hasToString(problem);
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(folder)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void aMalformedRangeIsAProblemAtItsLine() throws IOException {
        Path folder = ContentCopies.folder(temp, MANIFEST, text -> requiring(text, "1.0+"));
        assertThat(ContentValidator.validate(folder).problems()).hasSize(1).first()
                .hasToString(MANIFEST + ":" + coreLine(folder) + ": 'requires: core' is \"1.0+\", not a version range:"
                        + " write it as Maven does, e.g. \"[1.0,2.0)\" (1.0 included, 2.0 excluded), \"[1.2,)\" (1.2 or"
                        + " later) or \"[1.0.3]\" (exactly 1.0.3)");
    }

    @Test
    void contentThatDoesNotSayWhichCoreItNeedsIsRefused() throws IOException {
        Path folder = ContentCopies.folder(temp, MANIFEST,
                text -> text.replaceFirst("(?m)^requires:\\s*\\n\\s+core:.*\\n", ""));
        String missing = "missing 'requires': say which rules-core versions the content works with, e.g. requires:"
                + " {core: \"[1.0,2.0)\"} (README.md, Versions and upgrades)";
        assertThat(ContentValidator.validate(folder).problems()).hasSize(1).first()
                .satisfies(p -> assertThat(p.message()).isEqualTo(missing));
        Path jar = ContentCopies.jar(temp.resolve("rules-content-without-requires.jar"),
                (name, text) -> name.equals(MANIFEST) ? text.replaceFirst("(?m)^requires:\\s*\\n\\s+core:.*\\n", "") : text);
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.jar(jar)))
                .isInstanceOf(ContentException.class)
                .hasMessageEndingWith(missing);
        assertThat(new String(Files.readAllBytes(ContentCopies.SOURCES.resolve(MANIFEST)), StandardCharsets.UTF_8))
                .as("the bundled content declares it").containsPattern("(?m)^requires:");
    }
}
