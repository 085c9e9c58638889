package org.safeplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --content DIR|JAR}: advise from a content source folder (checked, then compiled at load: see
 * an edit without a build) or a content jar, instead of the content built into the CLI; and
 * {@code --jurisdictions FILE}, partners' packs added to it.
 */
final class ContentOption {

    @Option(names = "--content", paramLabel = "DIR|JAR", description = "Use this content instead of the built-in"
            + " one: a content source folder (such as rules-content/src/main/resources; checked like validate,"
            + " then compiled, a few seconds) or a content jar.")
    private Path content;

    @Mixin
    private JurisdictionsOption jurisdictions = new JurisdictionsOption();

    /** The advisor for the chosen content, with the jurisdiction packs given. */
    SafetyAdvisor advisor() {
        if (content == null && jurisdictions.files().isEmpty()) {
            return BundledContent.advisor();
        }
        SafetyAdvisor.Builder builder = SafetyAdvisor.builder().jurisdictions(jurisdictions.files().toArray(Path[]::new));
        if (content == null) {
            return builder.build();
        }
        if (!Files.exists(content)) {
            throw new InvalidInputException("--content: " + content + " does not exist");
        }
        return builder.content(ContentSource.of(content)).build();
    }
}
