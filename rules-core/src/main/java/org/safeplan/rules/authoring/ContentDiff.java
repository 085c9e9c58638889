package org.safeplan.rules.authoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.DroolsCompiler;
import org.safeplan.rules.internal.authoring.RuleTexts;
import org.safeplan.rules.internal.authoring.RuleTexts.RuleText;

/**
 * Proof of what a content change does to the advice: runs a baseline and a candidate version of
 * the content over the regression scenarios and a systematic sweep of situations, and reports
 * every situation whose advice changed, and every rule whose text changed (flagging those whose
 * {@code @version} was not raised).
 *
 * <pre>{@code
 * DiffReport report = ContentDiff.compare(Path.of("old.jar"), Path.of("rules-content/src/main/resources"),
 *         ScenarioFile.readFolder(Path.of("rules-content/scenarios")), SituationSpace.standard(), ContentDiff.Progress.NONE);
 * System.out.println(report.toMarkdown());
 * }</pre>
 */
public final class ContentDiff {

    /** Told how far a diff has got; called from the diffing thread. */
    @FunctionalInterface
    public interface Progress {
        /** No progress reporting. */
        Progress NONE = (done, total) -> { };

        /** {@code done} of {@code total} situations compared so far. */
        void update(long done, long total);
    }

    private ContentDiff() {
    }

    /**
     * Compares two versions of the content, each a content folder or a content jar.
     *
     * @throws ContentException if either cannot be loaded (the message lists every problem), or if
     *     Drools' rule compiler ({@code org.drools:drools-engine}, optional in rules-core) is not on
     *     the classpath: the rule files are read to find changed rules
     */
    public static DiffReport compare(Path baseline, Path candidate, List<Scenario> scenarios, Iterable<Situation> sweep,
                                     Progress progress) {
        DroolsCompiler.require("Comparing content");
        SafetyAdvisor before = SafetyAdvisor.create(ContentSource.of(baseline));
        SafetyAdvisor after = SafetyAdvisor.create(ContentSource.of(candidate));
        List<RuleChange> rules = ruleChanges(RuleTexts.read(baseline), RuleTexts.read(candidate));
        return compare(before, after, rules, scenarios, sweep, progress);
    }

    /** Compares the advice of two advisors (rule texts are not compared). */
    public static DiffReport compare(SafetyAdvisor before, SafetyAdvisor after, List<RuleChange> ruleChanges,
                                     List<Scenario> scenarios, Iterable<Situation> sweep, Progress progress) {
        long total = scenarios.size() + (sweep instanceof SituationSpace ? ((SituationSpace) sweep).size() : 0);
        List<SituationDiff> changed = new ArrayList<>();
        long done = 0;
        for (Scenario s : scenarios) {
            diff(s.name(), s.situation(), before, after).ifPresent(changed::add);
            progress.update(++done, total);
        }
        for (Situation s : sweep) {
            diff(null, s, before, after).ifPresent(changed::add);
            if (++done % 1000 == 0) {
                progress.update(done, Math.max(total, done));
            }
        }
        progress.update(done, done);
        return new DiffReport(before.contentVersion(), after.contentVersion(), scenarios.size(), done - scenarios.size(),
                changed, ruleChanges);
    }

    private static java.util.Optional<SituationDiff> diff(String scenario, Situation s, SafetyAdvisor before, SafetyAdvisor after) {
        Guidance a = before.advise(s);
        Guidance b = after.advise(s);
        if (sameAdvice(a, b)) {
            return java.util.Optional.empty();
        }
        List<String> idsA = ids(a);
        List<String> idsB = ids(b);
        List<String> added = idsB.stream().filter(id -> !idsA.contains(id)).toList();
        List<String> removed = idsA.stream().filter(id -> !idsB.contains(id)).toList();
        List<String> keptA = idsA.stream().filter(idsB::contains).toList();
        List<String> keptB = idsB.stream().filter(idsA::contains).toList();
        List<String> reranked = new ArrayList<>();
        List<String> reworded = new ArrayList<>();
        for (int i = 0; i < keptB.size(); i++) {
            String id = keptB.get(i);
            if (!id.equals(keptA.get(i))) {
                reranked.add(id);
            }
            Recommendation ra = a.find(id).orElseThrow();
            Recommendation rb = b.find(id).orElseThrow();
            if (!sameWords(ra, rb)) {
                reworded.add(id);
            }
        }
        SituationDiff d = new SituationDiff(scenario, s, added, removed, reranked, reworded);
        return d.signature().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(d);
    }

    private static boolean sameAdvice(Guidance a, Guidance b) {
        if (a.recommendations().size() != b.recommendations().size()) {
            return false;
        }
        for (int i = 0; i < a.recommendations().size(); i++) {
            Recommendation ra = a.recommendations().get(i);
            Recommendation rb = b.recommendations().get(i);
            if (!ra.actionId().equals(rb.actionId()) || !sameWords(ra, rb)) {
                return false;
            }
        }
        return true;
    }

    /** Same title, text and cautions: what the person reads. */
    private static boolean sameWords(Recommendation a, Recommendation b) {
        return a.title().equals(b.title()) && a.text().equals(b.text()) && a.cautions().equals(b.cautions());
    }

    private static List<String> ids(Guidance g) {
        return g.recommendations().stream().map(Recommendation::actionId).toList();
    }

    /** Rules added, removed or changed between two sets of rule texts. */
    static List<RuleChange> ruleChanges(Map<String, RuleText> before, Map<String, RuleText> after) {
        List<RuleChange> out = new ArrayList<>();
        for (RuleText a : before.values()) {
            RuleText b = after.get(a.id());
            if (b == null) {
                out.add(new RuleChange(a.id(), RuleChange.Kind.REMOVED, a.version(), null));
            } else if (!a.body().equals(b.body())) {
                RuleChange.Kind kind = Objects.equals(a.version(), b.version())
                        ? RuleChange.Kind.CHANGED_WITHOUT_NEW_VERSION : RuleChange.Kind.CHANGED;
                out.add(new RuleChange(a.id(), kind, a.version(), b.version()));
            }
        }
        for (RuleText b : after.values()) {
            if (!before.containsKey(b.id())) {
                out.add(new RuleChange(b.id(), RuleChange.Kind.ADDED, null, b.version()));
            }
        }
        return out;
    }
}
