package org.safeplan.guidance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Edited copies of the real content, as jars (precompiled) or folders (compiled when loaded). */
public final class ContentCopies {

    static final Path CLASSES = Path.of("target/classes");
    public static final Path SOURCES = Path.of("src/main/resources");
    static final String MANIFEST = "META-INF/safeplan/content.yaml";
    public static final String CATALOG = "org/safeplan/guidance/actions.yaml";

    private ContentCopies() {
    }

    /** A content jar of the built content; {@code rewrite} may edit each YAML file (name, text). */
    public static Path jar(Path jar, BinaryOperator<String> rewrite) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = CLASSES.relativize(f).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                byte[] bytes = Files.readAllBytes(f);
                if (name.endsWith(".yaml")) {
                    bytes = rewrite.apply(name, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return jar;
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
        return copy;
    }
}
