package org.safeplan.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.engine.ContentBundle;

/**
 * Where an advisor's content comes from: the precompiled content on the classpath (the default
 * and fastest), a content jar of another version, or a content source folder whose rules are
 * compiled when loaded (seconds; for authors and previews).
 *
 * <pre>{@code
 * SafetyAdvisor advisor = SafetyAdvisor.create(ContentSource.jar(Path.of("rules-content-1.1.0.jar")));
 * advisor.swapContent(ContentSource.folder(Path.of("rules-content/src/main/resources")));
 * }</pre>
 *
 * Immutable; loading happens when an advisor is created or swapped, not here.
 */
public final class ContentSource {

    private final String description;
    /** Loads the content, given the content it replaces (null when there is none). */
    private final UnaryOperator<ContentBundle> loader;

    private ContentSource(String description, UnaryOperator<ContentBundle> loader) {
        this.description = description;
        this.loader = loader;
    }

    /** The single content bundle on the class path of the SafePlan library. */
    public static ContentSource classpath() {
        return classpath(ContentSource.class.getClassLoader());
    }

    /** The single content bundle visible through {@code classLoader}. */
    public static ContentSource classpath(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        return new ContentSource("the classpath", previous -> ContentBundle.fromClasspath(classLoader));
    }

    /**
     * A content jar built by the content module (precompiled rules), taking precedence over the
     * classpath. A content jar is compiled code that runs inside your application: load only jars
     * you trust, and prefer {@link #jar(Path, String)} to pin the exact one you reviewed.
     */
    public static ContentSource jar(Path jar) {
        Objects.requireNonNull(jar, "jar");
        return new ContentSource("content jar " + jar,
                previous -> ContentBundle.fromJar(jar, ContentSource.class.getClassLoader()));
    }

    /**
     * A content jar pinned to its SHA-256 digest (64 hexadecimal digits, as {@code sha256sum} prints
     * it): a jar whose bytes have another digest is refused before any of its code is loaded. The
     * bytes checked are the bytes loaded (they are copied to a private file first), so the jar cannot
     * be swapped in between.
     *
     * @throws IllegalArgumentException if {@code sha256} is not 64 hexadecimal digits
     */
    public static ContentSource jar(Path jar, String sha256) {
        Objects.requireNonNull(jar, "jar");
        String pinned = Objects.requireNonNull(sha256, "sha256").trim().toLowerCase(java.util.Locale.ROOT);
        if (!pinned.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits, was \"" + sha256 + "\"");
        }
        return new ContentSource("content jar " + jar + " (SHA-256 " + pinned + ")",
                previous -> ContentBundle.fromPinnedJar(jar, pinned, ContentSource.class.getClassLoader()));
    }

    /**
     * A content source folder, the one holding {@code META-INF/safeplan/content.yaml}
     * (e.g. {@code rules-content/src/main/resources}); its rules are compiled when loaded, and
     * every problem found is reported as {@code file:line: message}. Checking and compiling rule
     * files is the authoring tools' work: it needs {@code org.safeplan:rules-authoring} on the class
     * path, without which loading fails with a {@code ContentException} that says so.
     *
     * <p>{@link SafetyAdvisor#swapContent(ContentSource) Swapped in} over content loaded from rule
     * files identical to the folder's, the compiled rules are reused: an edit of the catalog or
     * jurisdictions (wording, priorities) loads without compiling.
     */
    public static ContentSource folder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new ContentSource("content folder " + folder, previous -> ContentBundle.fromFolder(folder, previous));
    }

    /** A folder or a {@code .jar} file, whichever {@code path} is. */
    public static ContentSource of(Path path) {
        return Files.isDirectory(path) ? folder(path) : jar(path);
    }

    /**
     * Loads the content to replace {@code previous} (null when there is none); throws
     * {@link ContentException} listing every problem.
     */
    ContentBundle load(ContentBundle previous) {
        return loader.apply(previous);
    }

    @Override
    public String toString() {
        return description;
    }
}
