package org.safeplan.rules.internal.authoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.CoreVersion;
import org.safeplan.rules.internal.catalog.YamlMap;

/**
 * A content source folder and its manifest: finds the files the manifest names and reports a
 * missing one at the manifest line that names it.
 */
final class ContentFolder {

    private final Path root;
    private final ContentManifest manifest;
    private final YamlMap manifestLines;
    private final Findings findings;

    private ContentFolder(Path root, ContentManifest manifest, YamlMap manifestLines, Findings findings) {
        this.root = root;
        this.manifest = manifest;
        this.manifestLines = manifestLines;
        this.findings = findings;
    }

    /** Opens the folder, or reports why it cannot be used. */
    static Optional<ContentFolder> open(Path root, Findings findings) {
        if (!Files.isRegularFile(root.resolve(ContentManifest.RESOURCE))) {
            findings.add(ContentManifest.RESOURCE, 0, "no content manifest in " + root + ": give the content"
                    + " folder that holds " + ContentManifest.RESOURCE + ", such as rules-content/src/main/resources");
            return Optional.empty();
        }
        return readBytes(root, ContentManifest.RESOURCE, findings).flatMap(bytes -> {
            try {
                ContentManifest manifest = ContentManifest.read(ContentManifest.RESOURCE, new ByteArrayInputStream(bytes));
                YamlMap lines = YamlMap.parse(ContentManifest.RESOURCE, new ByteArrayInputStream(bytes));
                String mismatch = manifest.coreMismatch(CoreVersion.get());
                if (mismatch != null) {
                    findings.add(ContentManifest.RESOURCE, lines.map("requires").lineOf("core"), mismatch);
                }
                return Optional.of(new ContentFolder(root, manifest, lines, findings));
            } catch (ContentException e) {
                findings.addAll(e);
                return Optional.empty();
            }
        });
    }

    ContentManifest manifest() {
        return manifest;
    }

    Path root() {
        return root;
    }

    /** The path of a file below the folder as content.yaml writes it: relative, with {@code /}. */
    String name(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** A file the manifest requires under {@code key}; reported at the manifest's line when missing. */
    Optional<byte[]> required(String key, String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            reportMissing(key, path);
            return Optional.empty();
        }
        return readBytes(root, path, findings);
    }

    /** A translation the manifest lists under {@code locales}; reported at its line there when missing. */
    Optional<byte[]> locale(String tag, String path) {
        if (!Files.isRegularFile(root.resolve(path))) {
            findings.add(ContentManifest.RESOURCE, manifestLines.map("locales").lineOf(tag),
                    "'locales: " + tag + "' names " + path + ", which does not exist in the content folder");
            return Optional.empty();
        }
        return readBytes(root, path, findings);
    }

    /** A file the manifest may name, which need not exist. */
    Optional<byte[]> optional(String path) {
        return path != null && Files.isRegularFile(root.resolve(path)) ? readBytes(root, path, findings) : Optional.empty();
    }

    /** A folder the manifest requires under {@code key}; reported at the manifest's line when missing. */
    Optional<Path> folder(String key, String path) {
        Path folder = root.resolve(path);
        if (!Files.isDirectory(folder)) {
            reportMissing(key, path);
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** A file's text as UTF-8, or a problem saying why it cannot be read. */
    Optional<String> text(Path file) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            findings.add(name(file), 0, "is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            findings.add(name(file), 0, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private void reportMissing(String key, String path) {
        findings.add(ContentManifest.RESOURCE, manifestLines.lineOf(key),
                "'" + key + "' names " + path + ", which does not exist in the content folder");
    }

    private static Optional<byte[]> readBytes(Path root, String path, Findings findings) {
        try {
            return Optional.of(Files.readAllBytes(root.resolve(path)));
        } catch (IOException e) {
            findings.add(path, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
