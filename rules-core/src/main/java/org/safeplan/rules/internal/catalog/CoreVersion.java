package org.safeplan.rules.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the running rules-core, from {@code core-version.properties} beside this class,
 * written by the build (Maven resource filtering of {@code ${project.version}}). A resource of the
 * jar's own package rather than the jar manifest's {@code Implementation-Version}: it is there in
 * {@code target/classes} during tests, survives shaded and Spring Boot fat jars, and is readable by
 * the module itself on the module path.
 */
public final class CoreVersion {

    private static final String VERSION = read();

    private CoreVersion() {
    }

    /** The running rules-core's version, such as {@code 1.0.0} or {@code 1.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = CoreVersion.class.getResourceAsStream("core-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("rules-core is built without its core-version.properties");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("rules-core's core-version.properties has no version: " + version);
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
