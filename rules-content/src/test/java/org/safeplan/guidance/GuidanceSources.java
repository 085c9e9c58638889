package org.safeplan.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the content source files (catalog, jurisdictions, inventory, DRL) as the tests need them. */
final class GuidanceSources {

    static final Path GUIDANCE = Path.of("src/main/resources/org/safeplan/guidance");

    private static final Pattern RULE = Pattern.compile(
            "(?s)\\brule\\s+\"([^\"]+)\".*?@id\\(\"([^\"]+)\"\\).*?\\bwhen\\b(.*?)\\bthen\\b(.*?)\\bend\\b");
    private static final Pattern RECOMMEND = Pattern.compile("advice\\.recommend\\(\"([^\"]+)\"\\)");

    private GuidanceSources() {
    }

    /** One rule of a DRL file: its id, its conditions (comments removed) and the action it recommends. */
    record DrlRule(String file, String name, String id, String when, String recommends) {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
    }

    /** The content's manifest, content.yaml. */
    static ContentManifest manifest() {
        try (InputStream in = Files.newInputStream(ContentCopies.SOURCES.resolve(ContentCopies.MANIFEST))) {
            return ContentManifest.read(ContentCopies.MANIFEST, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the jurisdiction packs, as content.yaml names it. */
    static String packFolder() {
        return manifest().jurisdictions();
    }

    /** The content's jurisdictions (its packs and default wording), read from the source folder as the engine reads them. */
    static Jurisdictions jurisdictions() {
        Problems problems = new Problems();
        Jurisdictions read = Jurisdictions.read(manifest(), name -> {
            Path file = ContentCopies.SOURCES.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }, problems, LocalDate.MIN);
        problems.throwIfAny();
        return read;
    }

    /** The countries with a pack of their own, in the content's order. */
    static List<String> countries() {
        return List.copyOf(jurisdictions().packs().keySet());
    }

    /** The catalog's actions, as plain maps, in file order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> actions() {
        return (List<Map<String, Object>>) yaml(GUIDANCE.resolve("actions.yaml")).get("actions");
    }

    /** Action id to its action map. */
    static Map<String, Map<String, Object>> actionsById() {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> a : actions()) {
            byId.put((String) a.get("id"), a);
        }
        return byId;
    }

    /**
     * Whether a recommendation's title is its catalog title as written (no placeholder filled in), short
     * enough to take a few more words, and on a plain {@code title:} line of its own, so that a test can
     * edit it by replacing that line.
     */
    static boolean hasPlainTitle(Recommendation r) {
        String catalog = read(GUIDANCE.resolve("actions.yaml"));
        return r.title().equals(actionsById().get(r.actionId()).get("title")) && r.title().length() <= 70
                && catalog.split(Pattern.quote(plainTitleLine(r.title())), -1).length == 2;
    }

    /** The catalog line of a plain title. */
    static String plainTitleLine(String title) {
        return "    title: " + title + "\n";
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    /** Every rule of every DRL file of the guidance package. */
    static List<DrlRule> rules() {
        List<DrlRule> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(GUIDANCE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String text = stripComments(read(file));
                Matcher m = RULE.matcher(text);
                while (m.find()) {
                    Matcher r = RECOMMEND.matcher(m.group(4));
                    rules.add(new DrlRule(file.getFileName().toString(), m.group(1), m.group(2), m.group(3),
                            r.find() ? r.group(1) : null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** The caution each caution rule applies ({@code advice.caution("id")}), by rule id. */
    static Map<String, String> cautionsByRule() {
        Pattern caution = Pattern.compile("advice\\.caution\\(\"([^\"]+)\"\\)");
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(GUIDANCE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = RULE.matcher(stripComments(read(file)));
                while (m.find()) {
                    Matcher c = caution.matcher(m.group(4));
                    if (c.find()) {
                        out.put(m.group(2), c.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** DRL without its // and block comments (string literals in DRL files here hold no slashes). */
    static String stripComments(String drl) {
        return drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
    }

    /** The text of each {@code Situation( ... )} pattern in a rule's conditions. */
    static List<String> situationConstraints(String when) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = when.indexOf("Situation(", from);
            if (start < 0) {
                return out;
            }
            int depth = 0;
            int i = start + "Situation".length();
            for (; i < when.length(); i++) {
                char c = when.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            out.add(when.substring(start + "Situation(".length(), i));
            from = i;
        }
    }
}
