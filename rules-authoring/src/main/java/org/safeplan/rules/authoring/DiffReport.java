package org.safeplan.rules.authoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.json.SituationWriter;

/**
 * What a content change does to the advice: every situation whose advice changed, counted by
 * kind, each re-worded action with its old and new wording (once per pair of wordings, however
 * many situations show it), and every changed rule. Renders as Markdown for a pull request, ending
 * with a one-line {@link #summary()}, and as JSON. Immutable.
 */
public final class DiffReport {

    /** How many change groups the Markdown lists before saying how many more there are. */
    private static final int MARKDOWN_GROUPS = 40;

    /** How many wording pairs the Markdown shows before saying how many more there are. */
    private static final int MARKDOWN_REWORDINGS = 60;

    /**
     * What a person reads of a recommendation.
     *
     * @param title the title, placeholders filled in
     * @param text the text, placeholders filled in
     * @param summary the one-line summary, placeholders filled in
     * @param cautions the cautions the recommendation carries, in order
     */
    public record Wording(String title, String text, String summary, List<Caution> cautions) {

        /** Checks and copies the values. */
        public Wording {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(summary, "summary");
            cautions = List.copyOf(cautions);
        }
    }

    /**
     * An action recommended by both versions whose wording changed: one pair of wordings (the same
     * action can be re-worded differently in different countries, each pair is one of these).
     *
     * @param actionId the action
     * @param before its wording in the baseline
     * @param after its wording in the candidate
     * @param situations in how many of the compared situations the action is recommended with exactly this change
     * @param example the first such situation, in the order compared
     */
    public record Rewording(String actionId, Wording before, Wording after, long situations, Situation example) {

        /** Checks the values. */
        public Rewording {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(example, "example");
        }
    }

    private final String baselineVersion;
    private final String candidateVersion;
    private final long scenariosCompared;
    private final long sweepCompared;
    private final List<String> countriesSwept;
    private final List<SituationDiff> changed;
    private final List<Rewording> rewordings;
    private final List<RuleChange> rules;

    /** Creates a report; lists are copied. Made by {@link ContentDiff}. */
    DiffReport(String baselineVersion, String candidateVersion, long scenariosCompared, long sweepCompared,
               List<String> countriesSwept, List<SituationDiff> changed, List<Rewording> rewordings,
               List<RuleChange> rules) {
        this.baselineVersion = baselineVersion;
        this.candidateVersion = candidateVersion;
        this.scenariosCompared = scenariosCompared;
        this.sweepCompared = sweepCompared;
        this.countriesSwept = List.copyOf(countriesSwept);
        this.changed = List.copyOf(changed);
        this.rewordings = List.copyOf(rewordings);
        this.rules = List.copyOf(rules);
    }

    /** Whether any advice or any rule changed. */
    public boolean hasChanges() {
        return !changed.isEmpty() || !rules.isEmpty();
    }

    /** Whether something changed but the candidate's content version is the baseline's. */
    public boolean versionNotRaised() {
        return hasChanges() && baselineVersion.equals(candidateVersion);
    }

    /** The situations whose advice changed: scenarios first, then the sweep. */
    public List<SituationDiff> changed() {
        return changed;
    }

    /** Rules added, removed or changed. */
    public List<RuleChange> rules() {
        return rules;
    }

    /**
     * Every re-worded action, once per pair of old and new wording, ordered by action id and then
     * by the first situation showing it.
     */
    public List<Rewording> rewordings() {
        return rewordings;
    }

    /**
     * The country codes the sweep gave the country field besides unknown (see
     * {@link SituationSpace#countries()}); empty when the sweep was not a {@link SituationSpace}.
     */
    public List<String> countriesSwept() {
        return countriesSwept;
    }

    /**
     * The report in one line, the last line of the Markdown, e.g. {@code 1.0.0 → 1.1.0: 1,234 of
     * 131,155 situations changed (actions added in 12, removed in 3, re-ranked in 40, re-worded in
     * 1,200); 2 actions re-worded; 1 rule changed.}, or {@code 1.0.0 → 1.0.0: no change: the advice
     * is the same in all 131,155 situations compared and no rule changed.}
     */
    public String summary() {
        long compared = scenariosCompared + sweepCompared;
        StringBuilder s = new StringBuilder(baselineVersion).append(" → ").append(candidateVersion).append(": ");
        String same = compared == 0 ? "no situation compared"
                : String.format(Locale.ROOT, "the advice is the same in all %,d situations compared", compared);
        if (!hasChanges()) {
            return s.append("no change: ").append(same).append(" and no rule changed.").toString();
        }
        if (changed.isEmpty()) {
            s.append(same);
        } else {
            List<String> kinds = new ArrayList<>();
            Map<String, Long> counts = counts();
            String[] words = {"added", "removed", "re-ranked", "re-worded"};
            int i = 0;
            for (long n : counts.values()) {
                if (n > 0) {
                    kinds.add(String.format(Locale.ROOT, "%s in %,d", words[i], n));
                }
                i++;
            }
            s.append(String.format(Locale.ROOT, "%,d of %,d situations changed (actions %s)", changed.size(), compared,
                    String.join(", ", kinds)));
            long actions = rewordings.stream().map(Rewording::actionId).distinct().count();
            if (actions > 0) {
                s.append("; ").append(count(actions, "action")).append(" re-worded");
            }
        }
        s.append("; ").append(rules.isEmpty() ? "no rule" : count(rules.size(), "rule")).append(" changed");
        long unversioned = rules.stream().filter(r -> r.kind() == RuleChange.Kind.CHANGED_WITHOUT_NEW_VERSION).count();
        if (unversioned > 0) {
            s.append(" (").append(String.format(Locale.ROOT, "%,d", unversioned)).append(" without a new @version)");
        }
        if (versionNotRaised()) {
            s.append("; the content version was not raised");
        }
        return s.append('.').toString();
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** The baseline's content version. */
    public String baselineVersion() {
        return baselineVersion;
    }

    /** The candidate's content version. */
    public String candidateVersion() {
        return candidateVersion;
    }

    /** How many situations changed in each way: added, removed, reranked, reworded. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("added", changed.stream().filter(d -> !d.added().isEmpty()).count());
        counts.put("removed", changed.stream().filter(d -> !d.removed().isEmpty()).count());
        counts.put("reranked", changed.stream().filter(d -> !d.reranked().isEmpty()).count());
        counts.put("reworded", changed.stream().filter(d -> !d.reworded().isEmpty()).count());
        return counts;
    }

    /** The report as Markdown, for a pull request. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Advice changes: ").append(baselineVersion).append(" → ").append(candidateVersion).append("\n\n");
        long scenarios = changed.stream().filter(d -> d.scenario() != null).count();
        md.append(String.format(Locale.ROOT, "Compared %,d regression scenarios and %,d situations of the sweep",
                scenariosCompared, sweepCompared));
        if (!countriesSwept.isEmpty()) {
            md.append(" (countries ").append(String.join(", ", countriesSwept)).append(" and unknown)");
        }
        md.append(": ");
        md.append(changed.isEmpty() ? "**the advice is the same.**\n\n"
                : String.format(Locale.ROOT, "**%,d changed**, %,d of them regression scenarios.%n%n",
                        changed.size(), scenarios));
        if (versionNotRaised()) {
            md.append("**The content version was not raised** (still ").append(candidateVersion)
                    .append("): raise it in META-INF/safeplan/content.yaml and note the change in CHANGELOG.md.\n\n");
        }
        if (!changed.isEmpty()) {
            md.append("| situations where actions were | count |\n|---|---|\n");
            counts().forEach((kind, n) -> md.append("| ").append(kind).append(" | ").append(String.format(Locale.ROOT, "%,d", n)).append(" |\n"));
            md.append('\n');
        }
        appendRules(md);
        appendRewordings(md);
        appendScenarios(md);
        appendSweep(md);
        if (md.charAt(md.length() - 2) != '\n') {
            md.append('\n'); // a blank line, so the summary is not read as a row of a table above
        }
        md.append("Summary: ").append(summary()).append('\n');
        return md.toString();
    }

    private void appendRewordings(StringBuilder md) {
        if (rewordings.isEmpty()) {
            return;
        }
        md.append("### Re-worded actions\n\n");
        md.append("Each change of wording once, with the number of situations that show it"
                + " (one action can read differently in different countries).\n\n");
        for (Rewording r : rewordings.subList(0, Math.min(rewordings.size(), MARKDOWN_REWORDINGS))) {
            md.append("#### `").append(r.actionId()).append("`: ")
                    .append(String.format(Locale.ROOT, "%,d situation%s", r.situations(), r.situations() == 1 ? "" : "s"))
                    .append(", e.g. `").append(SituationWriter.write(r.example())).append("`\n\n");
            md.append("| | before | after |\n|---|---|---|\n");
            Wording a = r.before();
            Wording b = r.after();
            if (!a.title().equals(b.title())) {
                row(md, "title", a.title(), b.title());
            }
            if (!a.text().equals(b.text())) {
                row(md, "text", a.text(), b.text());
            }
            if (!a.summary().equals(b.summary())) {
                row(md, "summary", a.summary(), b.summary());
            }
            if (!a.cautions().equals(b.cautions())) {
                row(md, "cautions", cautions(a.cautions()), cautions(b.cautions()));
            }
            md.append('\n');
        }
        if (rewordings.size() > MARKDOWN_REWORDINGS) {
            md.append("…and ").append(rewordings.size() - MARKDOWN_REWORDINGS)
                    .append(" more changes of wording (see the JSON report).\n\n");
        }
    }

    private static void row(StringBuilder md, String what, String before, String after) {
        md.append("| ").append(what).append(" | ").append(cell(before)).append(" | ").append(cell(after)).append(" |\n");
    }

    private static String cautions(List<Caution> cautions) {
        if (cautions.isEmpty()) {
            return "(none)";
        }
        List<String> out = new ArrayList<>();
        for (Caution c : cautions) {
            out.add(c.id() + ": " + c.text() + " (sources " + String.join(", ", c.sources()) + ")");
        }
        return String.join("\n", out);
    }

    /** Text fit for one Markdown table cell: no pipe, no line break, no HTML. */
    private static String cell(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("\r\n", "\n").replace("\n", "<br>");
    }

    private void appendRules(StringBuilder md) {
        if (rules.isEmpty()) {
            return;
        }
        md.append("### Rules\n\n");
        for (RuleChange r : rules) {
            md.append("- `").append(r.ruleId()).append("` ");
            switch (r.kind()) {
                case ADDED -> md.append("added (version ").append(r.candidateVersion()).append(")");
                case REMOVED -> md.append("removed (was version ").append(r.baselineVersion()).append(")");
                case CHANGED -> md.append("changed, version ").append(r.baselineVersion()).append(" → ").append(r.candidateVersion());
                case CHANGED_WITHOUT_NEW_VERSION -> md.append("**changed but its @version is still ")
                        .append(r.baselineVersion()).append(": raise it**");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void appendScenarios(StringBuilder md) {
        List<SituationDiff> scenarios = changed.stream().filter(d -> d.scenario() != null).toList();
        if (scenarios.isEmpty()) {
            return;
        }
        md.append("### Regression scenarios whose advice changed\n\n");
        for (SituationDiff d : scenarios) {
            md.append("- ").append(d.scenario()).append(": ").append(describe(d)).append('\n');
        }
        md.append('\n');
    }

    private void appendSweep(StringBuilder md) {
        Map<String, List<SituationDiff>> groups = new LinkedHashMap<>();
        changed.stream().filter(d -> d.scenario() == null)
                .forEach(d -> groups.computeIfAbsent(describe(d), k -> new ArrayList<>()).add(d));
        if (groups.isEmpty()) {
            return;
        }
        md.append("### Changes in the sweep, grouped\n\n| change | situations | for example |\n|---|---|---|\n");
        groups.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(MARKDOWN_GROUPS)
                .forEach(e -> md.append("| ").append(e.getKey()).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", e.getValue().size())).append(" | `")
                        .append(SituationWriter.write(e.getValue().get(0).situation())).append("` |\n"));
        if (groups.size() > MARKDOWN_GROUPS) {
            md.append("\n…and ").append(groups.size() - MARKDOWN_GROUPS).append(" more kinds of change (see the JSON report).\n");
        }
    }

    private static String describe(SituationDiff d) {
        List<String> parts = new ArrayList<>();
        if (!d.added().isEmpty()) parts.add("added " + String.join(", ", d.added()));
        if (!d.removed().isEmpty()) parts.add("removed " + String.join(", ", d.removed()));
        if (!d.reranked().isEmpty()) parts.add("re-ranked " + String.join(", ", d.reranked()));
        if (!d.reworded().isEmpty()) parts.add("re-worded " + String.join(", ", d.reworded()));
        return String.join("; ", parts);
    }

    /** The report as JSON, every changed situation included. */
    public String toJson() {
        StringWriter out = new StringWriter();
        writeJson(out);
        return out.toString();
    }

    /** Writes the report as JSON to {@code out}, which is not closed. */
    public void writeJson(Writer out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("baseline", baselineVersion);
            g.writeStringField("candidate", candidateVersion);
            g.writeNumberField("scenariosCompared", scenariosCompared);
            g.writeNumberField("sweepCompared", sweepCompared);
            g.writeStringField("summary", summary());
            g.writeArrayFieldStart("countriesSwept");
            for (String c : countriesSwept) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeNumberField("changed", changed.size());
            g.writeBooleanField("versionNotRaised", versionNotRaised());
            g.writeObjectFieldStart("counts");
            for (var c : counts().entrySet()) {
                g.writeNumberField(c.getKey(), c.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("rules");
            for (RuleChange r : rules) {
                g.writeStartObject();
                g.writeStringField("ruleId", r.ruleId());
                g.writeStringField("kind", r.kind().name());
                g.writeStringField("baselineVersion", r.baselineVersion());
                g.writeStringField("candidateVersion", r.candidateVersion());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rewordings");
            for (Rewording r : rewordings) {
                writeRewording(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("situations");
            for (SituationDiff d : changed) {
                writeDiff(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDiff(JsonGenerator g, SituationDiff d) throws IOException {
        g.writeStartObject();
        g.writeStringField("scenario", d.scenario());
        g.writeFieldName("situation");
        SituationWriter.write(g, d.situation());
        writeIds(g, "added", d.added());
        writeIds(g, "removed", d.removed());
        writeIds(g, "reranked", d.reranked());
        writeIds(g, "reworded", d.reworded());
        g.writeEndObject();
    }

    private static void writeRewording(JsonGenerator g, Rewording r) throws IOException {
        g.writeStartObject();
        g.writeStringField("actionId", r.actionId());
        g.writeNumberField("situations", r.situations());
        g.writeFieldName("example");
        SituationWriter.write(g, r.example());
        writeWording(g, "before", r.before());
        writeWording(g, "after", r.after());
        g.writeEndObject();
    }

    private static void writeWording(JsonGenerator g, String name, Wording w) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("title", w.title());
        g.writeStringField("text", w.text());
        g.writeStringField("summary", w.summary());
        g.writeArrayFieldStart("cautions");
        for (Caution c : w.cautions()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("text", c.text());
            g.writeStringField("summary", c.summary());
            writeIds(g, "sources", c.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeIds(JsonGenerator g, String name, List<String> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }
}
