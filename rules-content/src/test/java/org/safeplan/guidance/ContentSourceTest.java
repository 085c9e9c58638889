package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;

/** Content of other versions: jars and folders, and swapping content while serving. */
class ContentSourceTest {

    private static final Path SOURCES = ContentCopies.SOURCES;
    private static final String CATALOG = ContentCopies.CATALOG;
    private static final Situation KITCHEN = Situation.builder()
            .country("US").immediateDanger(true).perpetratorOnPremises(true).location(Location.KITCHEN).build();

    private static final String NEWER = "New ";
    /** The version of the bundled content, as its author set it. */
    private static final String BUNDLED = SafetyAdvisor.create().contentVersion();

    @TempDir
    static Path temp;
    private static Path newerJar;

    @BeforeAll
    static void buildANewerContentJar() throws IOException {
        newerJar = ContentCopies.jar(temp.resolve("rules-content-9.9.9.jar"), (name, text) -> switch (name) {
            case ContentCopies.MANIFEST -> text.replaceFirst("version: \\S+", "version: 9.9.9");
            case ContentCopies.CATALOG -> newerTitles(text);
            default -> text;
        });
    }

    /** The catalog with the title of the kitchen's first action marked as the newer version's. */
    static String newerTitles(String catalog) {
        String id = SafetyAdvisor.create().advise(KITCHEN).recommendations().get(0).actionId();
        String marked = catalog.replaceFirst("(- id: " + Pattern.quote(id) + "\\n(?:.*\\n)*?\\s+title: \"?)",
                "$1" + NEWER);
        assertThat(marked).isNotEqualTo(catalog);
        return marked;
    }

    /** The title of the first recommendation for the kitchen in danger, as the given version words it. */
    private static String kitchenTitle(String version) {
        String bundled = SafetyAdvisor.create().advise(KITCHEN).recommendations().get(0).title();
        return version.equals("9.9.9") ? NEWER + bundled : bundled;
    }

    private static Path folderWith(String file, UnaryOperator<String> edit) throws IOException {
        return ContentCopies.folder(temp, file, edit);
    }

    @Test
    void aJarOfAnotherVersionIsLoadedAheadOfTheClasspathContent() {
        SafetyAdvisor advisor = SafetyAdvisor.create(ContentSource.jar(newerJar));
        Guidance g = advisor.advise(KITCHEN);
        assertThat(g.contentVersion()).isEqualTo("9.9.9");
        assertThat(g.recommendations().get(0).title()).isEqualTo(kitchenTitle("9.9.9"));
        assertThat(SafetyAdvisor.create().advise(KITCHEN).recommendations().get(0).title())
                .isEqualTo(kitchenTitle(BUNDLED)).doesNotStartWith(NEWER);
    }

    @Test
    void aPinnedJarLoadsOnlyWithItsDigest() throws Exception {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(newerJar)));
        assertThat(SafetyAdvisor.create(ContentSource.jar(newerJar, digest.toUpperCase(Locale.ROOT))).contentVersion())
                .isEqualTo("9.9.9");
        String other = (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1);
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.jar(newerJar, other)))
                .isInstanceOf(ContentException.class)
                .hasMessage(newerJar + ": its SHA-256 is " + digest + ", not the pinned " + other
                        + ": refused, nothing of it was loaded");
        assertThatThrownBy(() -> ContentSource.jar(newerJar, "abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sha256 must be 64 hexadecimal digits, was \"abc\"");
    }

    @Test
    void aFolderCompiledAtLoadGivesTheSameAdviceAsThePrecompiledContent() {
        SafetyAdvisor precompiled = SafetyAdvisor.create();
        SafetyAdvisor compiled = SafetyAdvisor.create(ContentSource.folder(SOURCES));
        assertThat(compiled.ruleIds()).isEqualTo(precompiled.ruleIds());
        for (Situation s : SafetyAdvisorTest.sample()) {
            assertThat(compiled.advise(s)).isEqualTo(precompiled.advise(s));
        }
    }

    @Test
    void aFolderSwappedInIsCompiledFileByFileAndGivesTheSameAdviceAsThePrecompiledContent() {
        SafetyAdvisor precompiled = SafetyAdvisor.create();
        SafetyAdvisor swapped = SafetyAdvisor.create();
        swapped.swapContent(ContentSource.folder(SOURCES));
        assertThat(swapped.ruleIds()).isEqualTo(precompiled.ruleIds());
        for (Situation s : SafetyAdvisorTest.sample()) {
            assertThat(swapped.advise(s)).isEqualTo(precompiled.advise(s));
        }
    }

    @Test
    void aFolderWithABrokenRuleReportsFileAndLine() throws IOException {
        Path broken = folderWith("org/safeplan/guidance/danger-staying-safe.drl",
                text -> text.replace("perpetratorOnPremises != false )", "perpetratorOnPremises != false"));
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(broken)))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("org/safeplan/guidance/danger-staying-safe.drl:");
    }

    @Test
    void aFolderWithCatalogProblemsReportsThemAll() throws IOException {
        Path broken = folderWith(CATALOG, text -> text.replace("urgency: IMMEDIATE", "urgency: NOW"));
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(broken)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.problems()).hasSizeGreaterThan(1)
                        .allMatch(p -> p.matches("org/safeplan/guidance/actions\\.yaml:\\d+: action '[a-z-]+': unknown urgency value 'NOW'.*")));
    }

    @Test
    void missingSourcesAreReportedPlainly() {
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.jar(temp.resolve("nope.jar"))))
                .isInstanceOf(ContentException.class).hasMessageEndingWith("nope.jar: no such content jar");
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(temp.resolve("nope"))))
                .isInstanceOf(ContentException.class).hasMessageEndingWith("nope: no such content folder");
    }

    @Test
    void aFailedSwapKeepsServingTheOldContent() throws IOException {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        Path broken = folderWith(CATALOG, text -> text.replaceFirst("priority: \\d+", "priority: first"));
        assertThatThrownBy(() -> advisor.swapContent(ContentSource.folder(broken))).isInstanceOf(ContentException.class);
        assertThat(advisor.advise(KITCHEN).contentVersion()).isEqualTo(BUNDLED);
    }

    @Test
    void hotSwapUnderConcurrentLoadLosesNoCallAndEveryAnswerMatchesItsVersion() throws Exception {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        String bundled = kitchenTitle(BUNDLED);
        String newer9 = kitchenTitle("9.9.9");
        List<Situation> sample = SafetyAdvisorTest.sample();
        AtomicBoolean running = new AtomicBoolean(true);
        var versionsSeen = ConcurrentHashMap.<String>newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> callers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            callers.add(pool.submit(() -> {
                long calls = 0;
                while (running.get() || calls < 1000) {
                    Guidance kitchen = advisor.advise(KITCHEN);
                    String expectedTitle = kitchen.contentVersion().equals("9.9.9") ? newer9 : bundled;
                    assertThat(kitchen.recommendations().get(0).title()).isEqualTo(expectedTitle);
                    versionsSeen.add(kitchen.contentVersion());
                    assertThat(advisor.advise(sample.get((int) (calls % sample.size()))).recommendations()).isNotNull();
                    calls += 2;
                }
                return calls;
            }));
        }
        ContentSource newer = ContentSource.jar(newerJar);
        for (int swap = 0; swap < 6; swap++) {
            assertThat(advisor.swapContent(swap % 2 == 0 ? newer : ContentSource.classpath())).isIn("9.9.9", BUNDLED);
            Thread.sleep(50);
        }
        running.set(false);
        long total = 0;
        for (Future<Long> f : callers) {
            total += f.get();
        }
        pool.shutdown();
        assertThat(total).isGreaterThanOrEqualTo(4000);
        assertThat(versionsSeen).containsExactlyInAnyOrder(BUNDLED, "9.9.9");
    }
}
