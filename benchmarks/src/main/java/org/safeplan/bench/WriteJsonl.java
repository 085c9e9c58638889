package org.safeplan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.json.SafePlanJson;

/**
 * Writes a JSONL file of situations drawn from the standard space (fixed seed) for the CLI
 * throughput run: {@code java -cp benchmarks.jar org.safeplan.bench.WriteJsonl FILE [COUNT]}.
 */
public final class WriteJsonl {

    private WriteJsonl() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Situation[] sample = Situations.sample(SituationSpace.standard(), count, Situations.SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(SafePlanJson.writeSituation(sample[i % sample.length]));
                out.write('\n');
            }
        }
        System.out.printf("%,d situations (%,d distinct) written to %s%n", count, sample.length, file);
    }
}
