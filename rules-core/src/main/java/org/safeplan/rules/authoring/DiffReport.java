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
import org.safeplan.rules.internal.json.SituationWriter;

/**
 * What a content change does to the advice: every situation whose advice changed, counted by
 * kind, and every changed rule. Renders as Markdown for a pull request and as JSON. Immutable.
 */
public final class DiffReport {

    /** How many change groups the Markdown lists before saying how many more there are. */
    private static final int MARKDOWN_GROUPS = 40;

    private final String baselineVersion;
    private final String candidateVersion;
    private final long scenariosCompared;
    private final long sweepCompared;
    private final List<SituationDiff> changed;
    private final List<RuleChange> rules;

    /** Creates a report; lists are copied. */
    public DiffReport(String baselineVersion, String candidateVersion, long scenariosCompared, long sweepCompared,
                      List<SituationDiff> changed, List<RuleChange> rules) {
        this.baselineVersion = baselineVersion;
        this.candidateVersion = candidateVersion;
        this.scenariosCompared = scenariosCompared;
        this.sweepCompared = sweepCompared;
        this.changed = List.copyOf(changed);
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
        md.append(String.format(Locale.ROOT, "Compared %,d regression scenarios and %,d situations of the sweep: ",
                scenariosCompared, sweepCompared));
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
        appendScenarios(md);
        appendSweep(md);
        return md.toString();
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

    private static void writeIds(JsonGenerator g, String name, List<String> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }
}
