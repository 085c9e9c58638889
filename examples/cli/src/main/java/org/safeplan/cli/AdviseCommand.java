package org.safeplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.json.JsonLimits;
import org.safeplan.rules.json.SafePlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safeplan advise}: a situation document in, a guidance document out. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Prints the ranked, sourced recommendations for a situation as JSON. With --jsonl, a bad"
                + " line is answered with an error and the exit code is 2; every line is still answered."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.INTERNAL_HELP, ExitCodes.INVALID_INPUT_HELP,
                ExitCodes.CONTENT_PROBLEMS_HELP},
        footer = {"", "Examples:",
                "  safeplan advise examples/situations/kitchen-in-danger.json",
                "  echo '{\"country\":\"GB\",\"immediateDanger\":true}' | safeplan advise -",
                "  safeplan advise --jsonl < situations.jsonl > guidance.jsonl",
                "  safeplan advise --all examples/situations/kitchen-in-danger.json",
                "  safeplan advise --lang es examples/situations/kitchen-in-danger.json",
                "  safeplan advise --format text examples/situations/kitchen-in-danger.json",
                "  safeplan advise --content rules-content/src/main/resources examples/situations/kitchen-in-danger.json"})
final class AdviseCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Situation JSON file, or - for standard input (the default).")
    private String file = "-";

    @Option(names = "--jsonl", description = "Read one situation per line from standard input and write one"
            + " guidance (or {\"error\": ...}) line per input line, in order.")
    private boolean jsonl;

    @Option(names = "--max", paramLabel = "N", description = "At most N recommendations: the first N, whatever"
            + " their urgency. Cautions stay with the action they guard.")
    private Integer max;

    @Option(names = "--all", description = "The complete list. By default a survivor gets a list short enough to"
            + " act on: in immediate danger at most " + AdviceOptions.CRISIS_IMMEDIATE + " IMMEDIATE items and "
            + AdviceOptions.CRISIS_TOTAL + " in all, otherwise at most " + AdviceOptions.SURVIVOR_TOTAL
            + "; practitioners always get the complete list.")
    private boolean all;

    @Option(names = "--compact", description = "Print the guidance on one line instead of indented.")
    private boolean compact;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (the default): the guidance document;"
            + " text: for a chat or text message, the recommendations' one-line summaries as numbered lines,"
            + " each with its cautions' summaries after a warning sign, and nothing else.")
    private OutputFormat format = OutputFormat.json;

    @Mixin
    private ContentOption content = new ContentOption();

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws IOException {
        AdviceOptions options = options();
        if (jsonl) {
            if (!"-".equals(file)) {
                throw new InvalidInputException("--jsonl reads standard input; do not give a FILE");
            }
            if (format != OutputFormat.json) {
                throw new InvalidInputException("--jsonl writes JSON lines; --format " + format
                        + " is for one situation");
            }
            return new JsonLinesRun(advisorWhileJsonWarmsUp(content), options).run(System.in, System.out);
        }
        Background<SafetyAdvisor> loading = Background.start("safeplan-advisor-loader", content::advisor);
        Situation situation = SituationFiles.read(file);
        SafetyAdvisor advisor = loading.join();
        var guidance = advisor.advise(situation, options);
        PrintWriter out = spec.commandLine().getOut();
        out.println(switch (format) {
            case json -> compact ? SafePlanJson.writeGuidance(guidance) : SafePlanJson.writeGuidancePretty(guidance);
            case text -> ChatText.of(guidance);
        });
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Loads the content on a second thread while this one initialises the JSON reader and writer
     * (Jackson's start-up is a few hundred milliseconds of class loading): on two cores, start-up
     * costs the longer of the two instead of their sum.
     */
    private static SafetyAdvisor advisorWhileJsonWarmsUp(ContentOption content) {
        Background<SafetyAdvisor> advisor = Background.start("safeplan-advisor-loader", content::advisor);
        SafePlanJson.readSituation("{}");
        SafePlanJson.writeGuidance(new Guidance("0", List.of()), Writer.nullWriter());
        return advisor.join();
    }

    private AdviceOptions options() {
        AdviceOptions.Builder options = language.apply(AdviceOptions.builder());
        if (all) {
            options.completeList();
        }
        if (max != null) {
            if (max < 1) {
                throw new InvalidInputException("--max must be 1 or more, was " + max);
            }
            options.maxRecommendations(max);
        }
        return options.build();
    }

    /** What {@code --format} takes; the names are what the user types. */
    enum OutputFormat { json, text }

    /** The JSONL loop: every input line gets exactly one output line, good lines around bad ones kept. */
    static final class JsonLinesRun {
        private final SafetyAdvisor advisor;
        private final AdviceOptions options;

        JsonLinesRun(SafetyAdvisor advisor, AdviceOptions options) {
            this.advisor = advisor;
            this.options = options;
        }

        int run(InputStream stdin, java.io.OutputStream stdout) throws IOException {
            BoundedLineReader lines = new BoundedLineReader(
                    new InputStreamReader(stdin, StandardCharsets.UTF_8), JsonLimits.MAX_DOCUMENT_CHARS);
            Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
            boolean anyInvalid = false;
            long number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                String error = answer(line, out);
                if (error != null) {
                    anyInvalid = true;
                    writeError(out, number, error);
                }
                out.write('\n');
                // Flush when the caller is waiting for this answer; batch otherwise.
                if (!lines.hasBufferedInput()) {
                    out.flush();
                }
            }
            out.flush();
            return anyInvalid ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
        }

        /** Writes the guidance and returns null, or returns the error message and writes nothing. */
        private String answer(String line, Writer out) throws IOException {
            if (line == BoundedLineReader.TOO_LONG) {
                return "the line is longer than " + JsonLimits.MAX_DOCUMENT_CHARS + " characters";
            }
            if (line.isBlank()) {
                return "the line is empty; give one situation object per line, such as {}";
            }
            try {
                SafePlanJson.writeGuidance(advisor.advise(SafePlanJson.readSituation(line), options), out);
                return null;
            } catch (InvalidSituationException e) {
                return e.getMessage();
            }
        }

        private static void writeError(Writer out, long line, String message) throws IOException {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeObjectFieldStart("error");
                g.writeNumberField("line", line);
                g.writeStringField("message", message);
                g.writeEndObject();
                g.writeEndObject();
            }
        }
    }
}
