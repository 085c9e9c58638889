package org.safeplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The content folder and language the translators' commands work on. */
final class L10nFolder {

    @Option(names = "--lang", required = true, paramLabel = "TAG", description = "The language, as listed under"
            + " locales in content.yaml, such as es.")
    String language;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The content folder, which holds"
            + " META-INF/safeplan/content.yaml (default: " + ValidateCommand.BUNDLED_CONTENT + ", from the project's"
            + " top folder).")
    private String folder;

    /** The content folder, which must exist. */
    Path folder(String command) {
        Path dir = Path.of(folder == null ? ValidateCommand.BUNDLED_CONTENT : folder);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(folder == null
                    ? "no folder " + ValidateCommand.BUNDLED_CONTENT + " here: run this from the project's top folder,"
                            + " or give the content folder: safeplan " + command + " --lang " + language + " DIR"
                    : "no such folder: " + folder);
        }
        return dir;
    }
}
