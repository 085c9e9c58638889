package org.safeplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --jurisdictions FILE} (repeatable): partners' jurisdiction packs added to the content, as
 * {@code SafetyAdvisor.builder().jurisdictions(...)} adds them; no build needed.
 */
final class JurisdictionsOption {

    @Option(names = "--jurisdictions", paramLabel = "FILE", description = "A jurisdiction pack (YAML, the form of"
            + " org/safeplan/rules/schema/jurisdiction-pack.schema.json) to add to the content; repeat for more."
            + " A pack for a country the content has a pack for must say overrides: true.")
    private List<Path> files = new ArrayList<>();

    /** The pack files given, each checked to exist. */
    List<Path> files() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("--jurisdictions: " + file + " does not exist");
            }
        }
        return List.copyOf(files);
    }
}
