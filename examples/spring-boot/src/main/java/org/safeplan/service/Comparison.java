package org.safeplan.service;

import java.util.ArrayList;
import java.util.List;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.json.SafePlanJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/compare}: for one situation, the advice of the bundled content and of the
 * previewed content folder, and what differs, as the {@code diff} command counts it: actions added,
 * removed, re-ranked (their order among the actions both give changed) and re-worded (title, text,
 * summary or cautions changed, with both wordings).
 *
 * @param bundledVersion the bundled content's version
 * @param previewVersion the previewed folder's version
 * @param same true if no action was added, removed, re-ranked or re-worded
 * @param bundled the bundled content's guidance, as {@code POST /v1/advice} writes it
 * @param preview the previewed content's guidance, as {@code POST /v1/advice} writes it
 */
public record Comparison(String bundledVersion, String previewVersion, boolean same, List<Change> added,
                         List<Change> removed, List<Reranked> reranked, List<Reworded> reworded,
                         JsonNode bundled, JsonNode preview) {

    /** An action only one side gives: its rank there. */
    public record Change(String actionId, int rank, String urgency, String title) {
    }

    /** An action both give, in another order. */
    public record Reranked(String actionId, String title, int bundledRank, int previewRank) {
    }

    /** An action both give, worded differently: what the person reads on each side. */
    public record Reworded(String actionId, Wording bundled, Wording preview) {
    }

    /** What the person reads of an action: also its summary, which chat and clinic cards show instead of the text. */
    public record Wording(String title, String text, String summary, List<CautionWording> cautions) {
        static Wording of(Recommendation r) {
            return new Wording(r.title(), r.text(), r.summary(), r.cautions().stream().map(CautionWording::of).toList());
        }
    }

    /** What the person reads of a caution guarding the action: its text and its summary. */
    public record CautionWording(String text, String summary) {
        static CautionWording of(Caution c) {
            return new CautionWording(c.text(), c.summary());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Compares the guidance of both sides for the same situation and options. */
    static Comparison of(Guidance bundled, Guidance preview) {
        List<String> before = ids(bundled);
        List<String> after = ids(preview);
        List<Change> added = preview.recommendations().stream().filter(r -> !before.contains(r.actionId()))
                .map(Comparison::change).toList();
        List<Change> removed = bundled.recommendations().stream().filter(r -> !after.contains(r.actionId()))
                .map(Comparison::change).toList();
        List<String> keptBefore = before.stream().filter(after::contains).toList();
        List<String> keptAfter = after.stream().filter(before::contains).toList();
        List<Reranked> reranked = new ArrayList<>();
        List<Reworded> reworded = new ArrayList<>();
        for (int i = 0; i < keptAfter.size(); i++) {
            String id = keptAfter.get(i);
            Recommendation was = bundled.find(id).orElseThrow();
            Recommendation now = preview.find(id).orElseThrow();
            if (!id.equals(keptBefore.get(i))) {
                reranked.add(new Reranked(id, now.title(), was.rank(), now.rank()));
            }
            Wording wasWorded = Wording.of(was);
            Wording nowWorded = Wording.of(now);
            if (!wasWorded.equals(nowWorded)) {
                reworded.add(new Reworded(id, wasWorded, nowWorded));
            }
        }
        boolean same = added.isEmpty() && removed.isEmpty() && reranked.isEmpty() && reworded.isEmpty();
        return new Comparison(bundled.contentVersion(), preview.contentVersion(), same, added, removed, reranked,
                reworded, JSON.readTree(SafePlanJson.writeGuidance(bundled)),
                JSON.readTree(SafePlanJson.writeGuidance(preview)));
    }

    private static Change change(Recommendation r) {
        return new Change(r.actionId(), r.rank(), r.urgency().name(), r.title());
    }

    private static List<String> ids(Guidance g) {
        return g.recommendations().stream().map(Recommendation::actionId).toList();
    }
}
