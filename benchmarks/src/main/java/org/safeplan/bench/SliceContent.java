package org.safeplan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;

/**
 * The immediate-danger slice of the content (items 001-1..001-9, 003-1, 003-2, 003-9): a content
 * folder holding the manifest, the full catalog and jurisdictions, and only the {@code danger-*.drl}
 * rule files, copied from the content jar on the classpath. Catalog actions no rule recommends are
 * harmless.
 */
public final class SliceContent {

    /** The rule files of the slice. */
    public static final List<String> DANGER_RULES = List.of(
            "danger-reaching-help.drl", "danger-staying-safe.drl", "danger-where-you-are.drl");

    private static final String GUIDANCE = "org/safeplan/guidance/";
    private static final List<String> FILES = List.of("META-INF/safeplan/content.yaml",
            GUIDANCE + "actions.yaml", GUIDANCE + "jurisdictions.yaml",
            GUIDANCE + "GUIDANCE-INVENTORY.md", GUIDANCE + "out-of-scope.yaml");

    private SliceContent() {
    }

    /**
     * One rule that fires for every situation and recommends one action: with it, an evaluation
     * costs what any evaluation costs (a session, the insert, one firing, the ranking of one
     * action), the floor under every content.
     */
    public static final String FLOOR_RULE = """
            package org.safeplan.guidance

            import org.safeplan.rules.Situation

            global org.safeplan.rules.content.Advice advice

            rule "Floor: one rule, always one recommendation"
                @id("floor-always") @version("1")
            when
                Situation()
            then
                advice.recommend("keep-your-phone-on-you");
            end
            """;

    /** Writes the slice's content folder below a new temporary directory and returns it. */
    public static Path writeFolder() {
        try {
            Path dir = Files.createTempDirectory("safeplan-danger-slice");
            for (String name : FILES) {
                copy(name, dir);
            }
            for (String drl : DANGER_RULES) {
                copy(GUIDANCE + drl, dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An advisor whose only rule is {@link #FLOOR_RULE}. */
    public static SafetyAdvisor floorAdvisor() {
        try {
            Path dir = Files.createTempDirectory("safeplan-floor");
            for (String name : FILES) {
                copy(name, dir);
            }
            Files.writeString(dir.resolve(GUIDANCE + "floor.drl"), FLOOR_RULE);
            return SafetyAdvisor.create(ContentSource.folder(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An advisor with only the slice's rules (compiled from the folder at load time). */
    public static SafetyAdvisor advisor() {
        return SafetyAdvisor.create(ContentSource.folder(writeFolder()));
    }

    private static void copy(String resource, Path dir) throws IOException {
        try (InputStream in = SliceContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + ": not on the classpath (is rules-content there?)");
            }
            Path target = dir.resolve(resource);
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
