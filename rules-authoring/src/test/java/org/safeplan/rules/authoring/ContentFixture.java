package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the small valid content folder {@code validator/valid} in a temporary folder, to plant
 * one error at a time in it.
 */
final class ContentFixture {

    static final String DANGER = "org/safeplan/guidance/danger.drl";
    static final String PLANNING = "org/safeplan/guidance/planning.drl";
    static final String CATALOG = "org/safeplan/guidance/actions.yaml";
    /** A caution for written notes, in the catalog's {@code cautions:} section. */
    private static final String NOTES_CAUTION = """

            cautions:

              - id: keep-notes-hidden
                text: Keep it where the abuser cannot find it.
                summary: Keep it hidden from the abuser.
                sources: [002-8]
                guards: [WRITTEN_TRACE]
            """;
    /** Its Spanish, stamped when added. */
    private static final String NOTES_CAUTION_SPANISH = """
            cautions:
              keep-notes-hidden:
                status: unreviewed
                text: Guárdelo donde la persona agresora no lo encuentre.
                summary: Que la persona agresora no lo vea.
            """;
    /** The rule that applies it. */
    private static final String NOTES_CAUTION_RULE = """

            rule "Notes are kept hidden when the abuser may find them"
                @id("caution-notes-hidden") @version("1")
            when
                Situation( livesWithPerpetrator != false )
            then
                advice.caution("keep-notes-hidden");
            end
            """;
    static final String JURISDICTIONS = "org/safeplan/guidance/jurisdictions.yaml";
    static final String INVENTORY = "org/safeplan/guidance/GUIDANCE-INVENTORY.md";
    static final String OUT_OF_SCOPE = "org/safeplan/guidance/out-of-scope.yaml";
    static final String MANIFEST = "META-INF/safeplan/content.yaml";
    static final String SPANISH = "org/safeplan/guidance/actions.es.yaml";

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    /** Copies the valid fixture into {@code folder}. */
    static ContentFixture copyTo(Path folder) {
        try {
            Path source = Path.of(ContentFixture.class.getResource("/validator/valid").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.toList()) {
                    Path to = folder.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            return new ContentFixture(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    static final String PACKS = "org/safeplan/guidance/jurisdictions";
    /** The Spanish wording of {emergencyNumber} for a country without a pack, in the fixture's default.yaml. */
    static final String SPANISH_NO_PACK_EMERGENCY_NUMBER = "número de emergencias de su país";
    static final String US_PACK = PACKS + "/US.yaml";
    static final String GB_PACK = PACKS + "/GB.yaml";

    /**
     * Turns the fixture's one jurisdictions.yaml (the form made before packs) into a folder of
     * packs with the same numbers: US (911) and GB (999, with a silent route), and the default
     * wording; its rule that tests country codes tests that the jurisdiction has an emergency number.
     */
    ContentFixture withPacks() {
        return delete(JURISDICTIONS)
                .edit(PLANNING, "import org.safeplan.rules.content.Recommended",
                        "import org.safeplan.rules.content.Recommended\nimport org.safeplan.rules.content.Jurisdiction")
                .edit(PLANNING, "Situation( immediateDanger == false, country in (\"US\", \"GB\") )",
                        "Situation( immediateDanger == false )\n    Jurisdiction( emergencyNumber == true )")
                .edit(MANIFEST, "jurisdictions: org/safeplan/guidance/jurisdictions.yaml",
                        "jurisdictions:\n  folder: " + PACKS + "\n  packs: [US, GB]")
                .write(PACKS + "/default.yaml", """
                        wording:
                          en:
                            emergencyNumber: your local emergency number
                            hotline: a domestic abuse helpline
                            hotlineAssurance: you will not share any of their personal information
                          es:
                            emergencyNumber: %s
                            hotline: una línea de ayuda contra la violencia doméstica
                            hotlineAssurance: no compartirá ninguno de sus datos personales
                        confidentialHotlineAssurance:
                          en: "{hotlineName} is confidential"
                          es: "{hotlineName} es confidencial"
                        """.formatted(SPANISH_NO_PACK_EMERGENCY_NUMBER))
                .write(US_PACK, """
                        country: US
                        reviewBy: 2999-01-01
                        name: {en: the US, es: Estados Unidos}
                        emergencyNumbers:
                          - number: "911"
                            source: [001-8]
                        """)
                .write(GB_PACK, """
                        country: GB
                        reviewBy: 2999-01-01
                        name: {en: the UK, es: el Reino Unido}
                        emergencyNumbers:
                          - number: "999"
                            source: [001-8]
                        routes:
                          - kind: silent
                            code: "55"
                            name: {en: Silent Solution, es: Silent Solution (solución silenciosa)}
                            source: [001-8]
                        """);
    }

    /** The warnings found, each as {@code file:line: message}. */
    List<String> warnings() {
        return ContentValidator.validate(root).warnings().stream().map(ContentProblem::toString).toList();
    }

    /**
     * Adds a caution for written notes (and its Spanish, when the fixture has its translation), and
     * the rule that applies it when the abuser may find them.
     */
    ContentFixture withNotesCaution() {
        append(CATALOG, NOTES_CAUTION).append(PLANNING, NOTES_CAUTION_RULE);
        if (Files.exists(root.resolve(SPANISH))) {
            append(SPANISH, NOTES_CAUTION_SPANISH);
            Translations.stamp(root, "es", List.of("keep-notes-hidden"));
        }
        return this;
    }

    /** Adds the fixture's Spanish translation ({@code validator/es}, stamped) and lists it in the manifest. */
    ContentFixture withSpanish() {
        // Spanish texts need Spanish jurisdiction wording, which only packs have.
        withPacks().append(MANIFEST, "locales:\n  es: " + SPANISH + "\n");
        return write(SPANISH, resource("/validator/es/" + SPANISH));
    }

    private static String resource(String name) {
        try {
            return Files.readString(Path.of(ContentFixture.class.getResource(name).toURI()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in a file; fails if it is not there exactly once. */
    ContentFixture edit(String file, String from, String to) {
        String text = read(file);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of " + from + " in " + file)
                .hasSize(2);
        return write(file, text.replace(from, to));
    }

    ContentFixture append(String file, String text) {
        return write(file, read(file) + text);
    }

    ContentFixture write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems found, each as {@code file:line: message}, sorted. */
    List<String> problems() {
        return ContentValidator.validate(root).problems().stream().map(ContentProblem::toString).toList();
    }
}
