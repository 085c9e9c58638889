package org.safeplan.guidance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.safeplan.rules.authoring.Translations;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ContentManifest;

/**
 * Edited copies of the real content, as jars (precompiled) or folders (compiled when loaded).
 *
 * <p>An edit of the English is taken as translated too: the entries of every translation whose
 * English changed are re-stamped, as a translator would after translating them again, so that a
 * test of an English edit is not a test of stale translations ({@link #staleJar} keeps them stale;
 * LanguagesTest is about those).
 */
public final class ContentCopies {

    static final Path CLASSES = Path.of("target/classes");
    public static final Path SOURCES = Path.of("src/main/resources");
    static final String MANIFEST = "META-INF/safeplan/content.yaml";
    public static final String CATALOG = "org/safeplan/guidance/actions.yaml";

    private ContentCopies() {
    }

    /** A content jar of the built content; {@code rewrite} may edit each YAML file (name, text). */
    public static Path jar(Path jar, BinaryOperator<String> rewrite) throws IOException {
        return jar(jar, rewrite, true);
    }

    /** As {@link #jar}, leaving the translations of edited English stale. */
    public static Path staleJar(Path jar, BinaryOperator<String> rewrite) throws IOException {
        return jar(jar, rewrite, false);
    }

    private static Path jar(Path jar, BinaryOperator<String> rewrite, boolean restamp) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = CLASSES.relativize(f).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(f);
                if (name.endsWith(".yaml")) {
                    bytes = rewrite.apply(name, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                entries.put(name, bytes);
            }
        }
        if (restamp && !Arrays.equals(entries.get(CATALOG), Files.readAllBytes(CLASSES.resolve(CATALOG)))) {
            restampYaml(entries, jar.resolveSibling(jar.getFileName() + ".yaml"));
        }
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** Re-stamps the jar's translations, through a folder of its YAML files. */
    private static void restampYaml(Map<String, byte[]> entries, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".yaml")) {
                Path target = folder.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        }
        for (String file : restamp(folder)) {
            entries.put(file, Files.readAllBytes(folder.resolve(file)));
        }
    }

    /**
     * Re-stamps, in every translation of a content folder, the entries whose English changed, and
     * returns the files re-stamped; none when the manifest or the catalog cannot be read (a test of
     * broken content).
     */
    public static List<String> restamp(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (var in = Files.newInputStream(folder.resolve(MANIFEST))) {
            ContentManifest manifest = ContentManifest.read(MANIFEST, in);
            for (Map.Entry<String, String> locale : manifest.locales().entrySet()) {
                List<String> stale = Translations.stamp(folder, locale.getKey(), List.of()).staleLeftAlone();
                if (!stale.isEmpty()) {
                    Translations.stamp(folder, locale.getKey(), stale);
                    files.add(locale.getValue());
                }
            }
        } catch (ContentException | IllegalArgumentException e) {
            return List.of();
        }
        return files;
    }

    /** A copy of the content source folder in {@code parent} with one file edited. */
    public static Path folder(Path parent, String file, UnaryOperator<String> edit) throws IOException {
        Path copy = Files.createTempDirectory(parent, "content");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(SOURCES.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path target = copy.resolve(file);
        Files.writeString(target, edit.apply(Files.readString(target)));
        if (file.equals(CATALOG)) {
            restamp(copy);
        }
        return copy;
    }
}
