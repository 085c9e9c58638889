package org.safeplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Situation;
import org.safeplan.rules.json.SafePlanJson;

/** Reads one situation document from a file or standard input, turning every failure into a plain message. */
final class SituationFiles {

    private SituationFiles() {
    }

    /** Reads {@code file}, or standard input when it is "-". */
    static Situation read(String file) {
        boolean stdin = "-".equals(file);
        String name = stdin ? "standard input" : file;
        try (InputStream in = stdin ? System.in : Files.newInputStream(Path.of(file));
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return SafePlanJson.readSituation(reader);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot read " + file + ": no such file");
        } catch (InvalidSituationException e) {
            throw new InvalidInputException("invalid situation in " + name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + name + ": " + e.getMessage());
        }
    }
}
