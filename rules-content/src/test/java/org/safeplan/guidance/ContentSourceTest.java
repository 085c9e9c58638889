package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path SOURCES = Path.of("src/main/resources");
    private static final String MANIFEST = "META-INF/safeplan/content.yaml";
    private static final String CATALOG = "org/safeplan/guidance/actions.yaml";
    private static final Situation KITCHEN = Situation.builder()
            .country("US").immediateDanger(true).perpetratorOnPremises(true).location(Location.KITCHEN).build();

    @TempDir
    static Path temp;
    private static Path newerJar;

    @BeforeAll
    static void buildANewerContentJar() throws IOException {
        newerJar = jarOf(CLASSES, temp.resolve("rules-content-9.9.9.jar"), (name, text) -> switch (name) {
            case MANIFEST -> text.replaceFirst("version: \\S+", "version: 9.9.9");
            case CATALOG -> text.replace("title: Get out of the kitchen", "title: Leave the kitchen now");
            default -> text;
        });
    }

    /** Zips a content tree into a jar, rewriting some text files on the way. */
    private static Path jarOf(Path root, Path jar, Rewriter rewriter) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                byte[] bytes = Files.readAllBytes(f);
                if (name.endsWith(".yaml")) {
                    bytes = rewriter.rewrite(name, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return jar;
    }

    interface Rewriter {
        String rewrite(String name, String text);
    }

    /** Copies the content source folder, editing one file. */
    private static Path folderWith(String file, UnaryOperator<String> edit) throws IOException {
        Path copy = Files.createTempDirectory(temp, "content");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(SOURCES.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path target = copy.resolve(file);
        Files.writeString(target, edit.apply(Files.readString(target)));
        return copy;
    }

    @Test
    void aJarOfAnotherVersionIsLoadedAheadOfTheClasspathContent() {
        SafetyAdvisor advisor = SafetyAdvisor.create(ContentSource.jar(newerJar));
        Guidance g = advisor.advise(KITCHEN);
        assertThat(g.contentVersion()).isEqualTo("9.9.9");
        assertThat(g.recommendations().get(0).title()).isEqualTo("Leave the kitchen now");
        assertThat(SafetyAdvisor.create().advise(KITCHEN).recommendations().get(0).title())
                .isEqualTo("Get out of the kitchen");
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
        Path broken = folderWith(CATALOG, text -> text.replace("priority: 10", "priority: first"));
        assertThatThrownBy(() -> advisor.swapContent(ContentSource.folder(broken))).isInstanceOf(ContentException.class);
        assertThat(advisor.advise(KITCHEN).contentVersion()).isEqualTo("1.0.0");
    }

    @Test
    void hotSwapUnderConcurrentLoadLosesNoCallAndEveryAnswerMatchesItsVersion() throws Exception {
        SafetyAdvisor advisor = SafetyAdvisor.create();
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
                    String expectedTitle = kitchen.contentVersion().equals("9.9.9")
                            ? "Leave the kitchen now" : "Get out of the kitchen";
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
            assertThat(advisor.swapContent(swap % 2 == 0 ? newer : ContentSource.classpath())).isIn("9.9.9", "1.0.0");
            Thread.sleep(50);
        }
        running.set(false);
        long total = 0;
        for (Future<Long> f : callers) {
            total += f.get();
        }
        pool.shutdown();
        assertThat(total).isGreaterThanOrEqualTo(4000);
        assertThat(versionsSeen).containsExactlyInAnyOrder("1.0.0", "9.9.9");
    }
}
