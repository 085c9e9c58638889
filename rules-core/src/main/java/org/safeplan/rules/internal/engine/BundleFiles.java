package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.safeplan.rules.content.ContentException;

/** Where the files of a content bundle are read from: a class loader or a folder. */
interface BundleFiles {

    /** Opens a file by its name in the manifest, or returns null when it does not exist. */
    InputStream open(String name) throws IOException;

    /** Opens a file that must exist. */
    default InputStream require(String name) {
        try {
            InputStream in = open(name);
            if (in == null) {
                throw new ContentException(name + ": not found in " + this);
            }
            return in;
        } catch (IOException e) {
            throw new ContentException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Files read through a class loader, as resources. */
    static BundleFiles of(ClassLoader loader, String description) {
        return new BundleFiles() {
            @Override
            public InputStream open(String name) {
                return loader.getResourceAsStream(name);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** Files below a content folder. */
    static BundleFiles of(Path folder) {
        return new BundleFiles() {
            @Override
            public InputStream open(String name) throws IOException {
                Path file = folder.resolve(name);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }

            @Override
            public String toString() {
                return "content folder " + folder;
            }
        };
    }

    /** SHA-256 over the names and bytes of {@code names}, in order: equal digests, identical files. */
    static String digest(BundleFiles files, List<String> names) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (String name : names) {
            try (InputStream in = files.require(name)) {
                byte[] bytes = in.readAllBytes();
                sha.update((name + '\0' + bytes.length + '\0').getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            } catch (IOException e) {
                throw new ContentException(name + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The .drl files below {@code dir} of a folder, sorted, as names relative to the folder. */
    static List<String> drlFiles(Path folder, String dir) {
        Path root = folder.resolve(dir);
        if (!Files.isDirectory(root)) {
            throw new ContentException(dir + ": the rules folder named in the manifest does not exist in " + folder);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".drl"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
