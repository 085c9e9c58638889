package org.safeplan.rules.internal.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Function;
import org.safeplan.rules.authoring.ContentProblem;
import org.safeplan.rules.content.ContentException;

/**
 * The one gate every path that compiles rule text goes through: Drools has no sandbox, so a rule
 * file is code that runs inside the application. A content folder is first copied, whole, to a
 * private temporary folder; the copy is checked as {@code validate} checks it (the allow-list of
 * what a rule may say); only then is the very same copy compiled, so that an edit made meanwhile
 * cannot slip in unchecked. Content with any problem is refused before anything is compiled, except
 * a translation's (a stale entry, say): those stop the build and {@code validate}, not a load, since
 * the engine never serves an incomplete translation (it answers in English and says why), so that a
 * live preview of an English edit works before its translations catch up.
 *
 * <p>Also the build's own check ({@link #main(String[])}): rules-content runs it before the rules
 * are compiled, in a phase {@code -DskipTests} does not skip.
 */
public final class ContentGate {

    private ContentGate() {
    }

    /**
     * Copies {@code folder}, checks the copy and, when it has no problem, gives it to {@code compile};
     * the copy is deleted afterwards.
     *
     * @throws ContentException listing every problem ({@code file:line: message}), before compiling
     */
    public static <T> T checkThenCompile(Path folder, Function<Path, T> compile) {
        Path copy = snapshot(folder);
        try {
            refuseIfProblems(ContentCheck.run(copy, false));
            return compile.apply(copy);
        } finally {
            delete(copy);
        }
    }

    private static void refuseIfProblems(List<ContentProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ContentException(problems.stream().map(ContentProblem::toString).toList());
        }
    }

    /** The build's check of a content folder: prints every problem and fails the build if there is one. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ContentGate CONTENT_FOLDER");
        }
        Path folder = Path.of(args[0]);
        List<ContentProblem> problems = ContentCheck.run(folder);
        problems.forEach(p -> System.err.println(folder.resolve(p.file()) + (p.line() > 0 ? ":" + p.line() : "")
                + ": " + p.message()));
        refuseIfProblems(problems);
    }

    private static Path snapshot(Path folder) {
        try {
            Path copy = Files.createTempDirectory("safeplan-content-");
            try (var files = Files.walk(folder)) {
                for (Path from : files.toList()) {
                    Path to = copy.resolve(folder.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else if (Files.isRegularFile(from)) {
                        Files.copy(from, to);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new ContentException(folder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void delete(Path copy) {
        try {
            Files.walkFileTree(copy, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
