package org.safeplan.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the content source folder ({@code rules-content/src/main/resources}) that a test edits
 * as an author would: a title in the action catalog, a rule's condition or its then part. Nothing
 * here knows the content's actions or rules: tests pick them from the service's own answers, and the
 * files are found through the content manifest.
 */
final class EditableContent {

    static final String MANIFEST = "META-INF/safeplan/content.yaml";

    private final Path source;
    private final Path root;

    private EditableContent(Path source, Path root) {
        this.source = source;
        this.root = root;
    }

    /** The content source folder of this checkout: {@code -Dsafeplan.content.source}, set by the pom. */
    static Path sourceFolder() {
        Path folder = Path.of(System.getProperty("safeplan.content.source", "../../rules-content/src/main/resources"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
            throw new IllegalStateException("no content source folder at " + folder);
        }
        return folder;
    }

    /** A fresh copy of the content source folder at {@code root}. */
    static EditableContent copyTo(Path root) {
        EditableContent content = new EditableContent(sourceFolder(), root);
        content.restore();
        return content;
    }

    Path root() {
        return root;
    }

    /**
     * Makes the copy equal to the source again, writing only the files that differ.
     *
     * @return true if anything was written (so the service will load it)
     */
    boolean restore() {
        try {
            boolean changed = false;
            List<Path> wanted = new ArrayList<>();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.toList()) {
                    Path to = root.resolve(source.relativize(from).toString());
                    wanted.add(to);
                    if (Files.isDirectory(from)) {
                        if (!Files.isDirectory(to)) {
                            Files.createDirectories(to);
                            changed = true;
                        }
                    } else if (!Files.exists(to) || !Arrays.equals(Files.readAllBytes(from), Files.readAllBytes(to))) {
                        Files.write(to, Files.readAllBytes(from));
                        changed = true;
                    }
                }
            }
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path extra : files.sorted(Comparator.reverseOrder()).toList()) {
                        if (!wanted.contains(extra) && !extra.equals(root)) {
                            Files.delete(extra);
                            changed = true;
                        }
                    }
                }
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path the manifest names ({@code catalog}, {@code rules}, ...), relative to the content folder. */
    String manifestEntry(String key) {
        Pattern entry = Pattern.compile("^" + key + ":\\s*(\\S+)\\s*$");
        for (String line : lines(root.resolve(MANIFEST))) {
            Matcher m = entry.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException(MANIFEST + " names no " + key);
    }

    /** The action catalog, relative to the content folder (as problems name it). */
    String catalog() {
        return manifestEntry("catalog");
    }

    /** The line (from 1) of the {@code title:} of the catalog entry {@code actionId}. */
    int titleLine(String actionId) {
        return fieldLine(actionId, "title");
    }

    /** The line (from 1) of a one-line field of the catalog entry {@code actionId}. */
    private int fieldLine(String actionId, String field) {
        List<String> lines = lines(root.resolve(catalog()));
        Pattern id = Pattern.compile("^\\s*-\\s+id:\\s*" + Pattern.quote(actionId) + "\\s*$");
        for (int i = 0; i < lines.size(); i++) {
            if (id.matcher(lines.get(i)).matches()) {
                for (int j = i + 1; j < lines.size() && !lines.get(j).trim().startsWith("- id:"); j++) {
                    if (lines.get(j).trim().startsWith(field + ":")) {
                        return j + 1;
                    }
                }
            }
        }
        throw new IllegalStateException("no " + field + " for action " + actionId + " in " + catalog());
    }

    /** Saves the catalog with the action's title changed. Titles take no digits: write words. */
    void setTitle(String actionId, String title) {
        replaceTitleLine(actionId, "title: \"" + title + "\"");
    }

    /** Saves the catalog with the action's summary changed. Summaries take no digits: write words. */
    void setSummary(String actionId, String summary) {
        replaceFieldLine(actionId, "summary", "summary: \"" + summary + "\"");
    }

    /**
     * Saves the catalog with a YAML mistake in the action's title (a colon and a space inside an
     * unquoted value).
     *
     * @return the line of the mistake
     */
    int breakTitle(String actionId) {
        return replaceTitleLine(actionId, "title: Broken: a colon inside a value");
    }

    private int replaceTitleLine(String actionId, String replacement) {
        return replaceFieldLine(actionId, "title", replacement);
    }

    private int replaceFieldLine(String actionId, String field, String replacement) {
        Path file = root.resolve(catalog());
        List<String> lines = lines(file);
        int line = fieldLine(actionId, field);
        String old = lines.get(line - 1);
        lines.set(line - 1, old.substring(0, old.indexOf(field + ":")) + replacement);
        save(file, lines);
        return line;
    }

    /** A rule's file and where its parts are. */
    record Rule(Path file, String relative, int idLine, int whenLine, int thenLine) {
    }

    /** Finds the rule whose {@code @id} is {@code ruleId} in the rules folder. */
    Rule rule(String ruleId) {
        Path rules = root.resolve(manifestEntry("rules"));
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("@id(\"" + ruleId + "\")")) {
                        int when = next(lines, i, "when");
                        int then = next(lines, when, "then");
                        return new Rule(file, root.relativize(file).toString().replace('\\', '/'), i + 1, when + 1, then + 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no rule with @id(\"" + ruleId + "\")");
    }

    private static int next(List<String> lines, int from, String keyword) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(keyword)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + keyword + " after line " + (from + 1));
    }

    /**
     * Saves the rule file with {@code code} inserted as the first lines of the rule's then part.
     *
     * @return the line of the first inserted line
     */
    int plantInThen(String ruleId, String... code) {
        Rule rule = rule(ruleId);
        List<String> lines = lines(rule.file());
        lines.addAll(rule.thenLine(), List.of(code));
        save(rule.file(), lines);
        return rule.thenLine() + 1;
    }

    /**
     * Saves the rule file with {@code constraint} added to the rule's first {@code Situation(...)} pattern,
     * e.g. {@code injured == true}: a change of condition.
     */
    void addCondition(String ruleId, String constraint) {
        Rule rule = rule(ruleId);
        List<String> lines = lines(rule.file());
        for (int i = rule.whenLine(); i < rule.thenLine(); i++) {
            String line = lines.get(i);
            int at = line.indexOf("Situation(");
            if (at >= 0) {
                int after = at + "Situation(".length();
                lines.set(i, line.substring(0, after) + " " + constraint + "," + line.substring(after));
                save(rule.file(), lines);
                return;
            }
        }
        throw new IllegalStateException("rule " + ruleId + " has no Situation( pattern");
    }

    /** Saves a file as an editor does: the whole text written in place. */
    private static void save(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
