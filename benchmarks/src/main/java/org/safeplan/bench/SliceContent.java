package org.safeplan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;

/**
 * The immediate-danger slice of the content (items 001-1..001-9, 003-1, 003-2, 003-9) as it was in
 * content 1.0.0, frozen in this module's resources ({@code org/safeplan/bench/slice/}) so that the
 * benchmark's workload, and the hand-written {@link DangerReference} that mirrors it, stay fixed
 * while the guidance itself evolves. Written out as a valid content folder (it passes the content
 * gate): the catalog trimmed to the actions the slice's rules recommend, every other inventory id
 * listed as out of scope.
 */
public final class SliceContent {

    /** The rule files of the slice. */
    public static final List<String> DANGER_RULES = List.of(
            "danger-reaching-help.drl", "danger-staying-safe.drl", "danger-where-you-are.drl");

    private static final String FROZEN = "org/safeplan/bench/slice/";
    private static final String GUIDANCE = "org/safeplan/guidance/";
    private static final Pattern RECOMMEND = Pattern.compile("advice\\.recommend\\(\"([^\"]+)\"\\)");
    private static final Pattern INVENTORY_ID = Pattern.compile("(?m)^- (\\d{3}-\\d+) ");

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
        Map<String, String> rules = new LinkedHashMap<>();
        for (String drl : DANGER_RULES) {
            rules.put(drl, frozen(drl));
        }
        return folder("safeplan-danger-slice", rules);
    }

    /** An advisor whose only rule is {@link #FLOOR_RULE}. */
    public static SafetyAdvisor floorAdvisor() {
        return SafetyAdvisor.create(ContentSource.folder(folder("safeplan-floor", Map.of("floor.drl", FLOOR_RULE))));
    }

    /** An advisor with only the slice's rules (compiled from the folder at load time). */
    public static SafetyAdvisor advisor() {
        return SafetyAdvisor.create(ContentSource.folder(writeFolder()));
    }

    /**
     * The frozen action with the summary every action has needed since content 2.2.0: its title, which
     * fits and says no more than the action (the workload is what is measured, not the words).
     */
    private static Map<String, Object> withSummary(Map<String, Object> action) {
        Map<String, Object> out = new LinkedHashMap<>(action);
        out.putIfAbsent("summary", action.get("title"));
        return out;
    }

        /** A content folder with {@code rules} (file name to DRL) and the frozen catalog trimmed to them. */
    private static Path folder(String prefix, Map<String, String> rules) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            write(dir, "META-INF/safeplan/content.yaml", frozen("content.yaml"));
            write(dir, GUIDANCE + "jurisdictions.yaml", frozen("jurisdictions.yaml"));
            String inventory = frozen("GUIDANCE-INVENTORY.md");
            write(dir, GUIDANCE + "GUIDANCE-INVENTORY.md", inventory);
            Set<String> recommended = new TreeSet<>();
            for (var rule : rules.entrySet()) {
                write(dir, GUIDANCE + rule.getKey(), rule.getValue());
                RECOMMEND.matcher(rule.getValue()).results().forEach(m -> recommended.add(m.group(1)));
            }
            Yaml yaml = new Yaml();
            Map<String, Object> catalog = yaml.load(frozen("actions.yaml"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> actions = ((List<Map<String, Object>>) catalog.get("actions")).stream()
                    .filter(a -> recommended.contains(a.get("id"))).map(SliceContent::withSummary).toList();
            write(dir, GUIDANCE + "actions.yaml", yaml.dump(Map.of("actions", actions)));
            Set<String> cited = new TreeSet<>();
            actions.forEach(a -> ((List<?>) a.get("sources")).forEach(id -> cited.add(String.valueOf(id))));
            StringBuilder outOfScope = new StringBuilder("outOfScope:\n");
            INVENTORY_ID.matcher(inventory).results().map(m -> m.group(1)).filter(id -> !cited.contains(id))
                    .forEach(id -> outOfScope.append("  - id: ").append(id)
                            .append("\n    reason: outside this benchmark's slice of the content\n"));
            write(dir, GUIDANCE + "out-of-scope.yaml", outOfScope.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String frozen(String name) {
        try (InputStream in = SliceContent.class.getClassLoader().getResourceAsStream(FROZEN + name)) {
            if (in == null) {
                throw new IllegalStateException(FROZEN + name + ": not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
