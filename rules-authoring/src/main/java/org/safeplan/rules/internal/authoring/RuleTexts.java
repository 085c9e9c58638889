package org.safeplan.rules.internal.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsParserException;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ContentManifest;

/**
 * The text of every rule of a content folder or jar, by rule id, with its {@code @version}:
 * parsed, never compiled, so that a diff can tell a rule whose meaning may have changed.
 */
public final class RuleTexts {

    /** One rule's version and its text with whitespace normalised and the version left out. */
    public record RuleText(String id, String version, String body) {
    }

    private RuleTexts() {
    }

    /** Reads the rules of a content folder (with META-INF/safeplan/content.yaml) or content jar. */
    public static Map<String, RuleText> read(Path content) {
        Map<String, String> files = Files.isDirectory(content) ? fromFolder(content) : fromJar(content);
        Map<String, RuleText> rules = new TreeMap<>();
        for (var file : files.entrySet()) {
            for (RuleDescr rule : parse(file.getKey(), file.getValue()).getRules()) {
                String id = annotation(rule, "id");
                if (id != null) {
                    rules.put(id, new RuleText(id, annotation(rule, "version"), body(file.getValue(), rule)));
                }
            }
        }
        return rules;
    }

    private static PackageDescr parse(String name, String text) {
        try {
            RuleParser.Parsed parsed = RuleParser.parse(text);
            if (parsed.pkg() == null) {
                throw new ContentException(name + ": the rule file cannot be parsed: " + parsed.errors());
            }
            return parsed.pkg();
        } catch (DroolsParserException e) {
            throw new ContentException(name + ": the rule file cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr a = rule.getAnnotation(name);
        return a == null ? null : String.valueOf(a.getSingleValueStripped());
    }

    private static String body(String text, RuleDescr rule) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter() + 1) : text.length();
        return text.substring(start, end)
                .replaceAll("@version\\s*\\(\\s*\"?[^)\"]*\"?\\s*\\)", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String manifestRulesDir(InputStream manifest, String where) {
        return ContentManifest.read(where, manifest).rules();
    }

    private static Map<String, String> fromFolder(Path folder) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream m = Files.newInputStream(folder.resolve(ContentManifest.RESOURCE))) {
            Path dir = folder.resolve(manifestRulesDir(m, ContentManifest.RESOURCE));
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    out.put(folder.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new ContentException(folder + ": cannot read the rules: " + e.getMessage(), e);
        }
        return out;
    }

    private static Map<String, String> fromJar(Path jar) {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry manifest = zip.getEntry(ContentManifest.RESOURCE);
            if (manifest == null) {
                throw new ContentException(jar + ": not a SafePlan content jar (no " + ContentManifest.RESOURCE + ")");
            }
            String dir = manifestRulesDir(zip.getInputStream(manifest), ContentManifest.RESOURCE) + "/";
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith(dir) && entry.getName().endsWith(".drl")) {
                    out.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new ContentException(jar + ": cannot read the rules: " + e.getMessage(), e);
        }
        return out;
    }
}
