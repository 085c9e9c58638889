package org.safeplan.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.Recommended;
import org.safeplan.rules.internal.content.CatalogAction;
import org.safeplan.rules.internal.content.RenderedAction;

/**
 * The optimised advise path (reused sessions cleaned by retraction, Recommended facts inserted
 * only when some rule can see them, precomputed rank positions, rule ids by identity) gives
 * exactly the guidance of the plain evaluation it replaced — a fresh session per call, every
 * Recommended fact inserted, rule metadata read per firing, comparator sort, builder — for every
 * situation of the standard space, on one thread and on several sharing the bundle.
 */
class EngineEquivalenceTest {

    private static ContentBundle bundle;

    @BeforeAll
    static void load() {
        bundle = ContentBundle.fromClasspath(EngineEquivalenceTest.class.getClassLoader());
    }

    @Test
    void sameGuidanceAsThePlainEvaluationOverTheStandardSpace() {
        long n = 0;
        for (Situation s : SituationSpace.standard()) {
            Guidance expected = plain(s, Integer.MAX_VALUE);
            assertThat(bundle.advise(s, Integer.MAX_VALUE)).as("situation %d", n).isEqualTo(expected);
            if (n % 7 == 0) {
                assertThat(bundle.advise(s, 3)).isEqualTo(plain(s, 3));
            }
            n++;
        }
        assertThat(n).isEqualTo(SituationSpace.standard().size());
    }

    @Test
    void sameGuidanceFromSeveralThreads() throws Exception {
        List<Situation> sample = new ArrayList<>();
        long i = 0;
        for (Situation s : SituationSpace.standard()) {
            if (i++ % 13 == 0) {
                sample.add(s);
            }
        }
        List<Guidance> expected = sample.stream().map(s -> plain(s, Integer.MAX_VALUE)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int k = 0; k < sample.size(); k++) {
                        int j = (k + offset * 997) % sample.size();
                        assertThat(bundle.advise(sample.get(j), Integer.MAX_VALUE)).isEqualTo(expected.get(j));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(sample.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyFactsSomeRuleCanSeeAreInserted() {
        // cautions.drl is the only content matching Recommended facts, on WRITTEN_TRACE and DIGITAL_TRACE.
        Map<String, Boolean> expected = new TreeMap<>();
        for (CatalogAction a : bundle.catalog().actions()) {
            expected.put(a.id(), a.exposures().contains(Exposure.WRITTEN_TRACE) || a.exposures().contains(Exposure.DIGITAL_TRACE));
        }
        assertThat(bundle.recommendedFactVisibility()).isEqualTo(expected);
        assertThat(expected).containsValue(true).containsValue(false);
    }

    // ---- the plain evaluation, as the engine did it before it was optimised ----

    private static final Comparator<CatalogAction> ORDER = Comparator
            .comparing(CatalogAction::urgency)
            .thenComparingInt(CatalogAction::priority)
            .thenComparing(CatalogAction::id);

    private static final Comparator<CatalogAction> ORDER_CANNOT_SPEAK = Comparator
            .comparing(CatalogAction::urgency)
            .thenComparing(a -> a.exposures().contains(Exposure.VOICE_CALL))
            .thenComparingInt(CatalogAction::priority)
            .thenComparing(CatalogAction::id);

    private static final class PlainCollector extends DefaultAgendaEventListener implements Advice {
        private final KieSession session;
        private final Map<String, Set<String>> firedByAction = new LinkedHashMap<>();
        private String firingRule;

        PlainCollector(KieSession session) {
            this.session = session;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firingRule = RuleBase.metadata(event.getMatch().getRule(), RuleBase.ID);
        }

        @Override
        public void recommend(String actionId) {
            CatalogAction a = bundle.catalog().find(actionId).orElseThrow();
            Set<String> rules = firedByAction.get(actionId);
            if (rules == null) {
                rules = new TreeSet<>();
                firedByAction.put(actionId, rules);
                session.insert(new Recommended(a.id(), a.urgency(), a.exposures()));
            }
            rules.add(firingRule);
        }
    }

    static Guidance plain(Situation situation, int max) {
        KieSession session = bundle.ruleBase().kieBase().newKieSession();
        try {
            PlainCollector collector = new PlainCollector(session);
            session.setGlobal(Advice.GLOBAL_NAME, collector);
            session.addEventListener(collector);
            session.insert(situation);
            session.fireAllRules();
            List<CatalogAction> actions = new ArrayList<>();
            for (String id : collector.firedByAction.keySet()) {
                actions.add(bundle.catalog().find(id).orElseThrow());
            }
            boolean cannotSpeak = situation.getAudience() == Audience.SURVIVOR
                    && Boolean.FALSE.equals(situation.getCanSpeakSafely());
            actions.sort(cannotSpeak ? ORDER_CANNOT_SPEAK : ORDER);
            List<Recommendation> out = new ArrayList<>();
            for (CatalogAction action : actions) {
                if (out.size() >= max && action.urgency() != Urgency.IMMEDIATE) {
                    break;
                }
                RenderedAction text = bundle.texts().forKey(bundle.texts().keyFor(situation.getCountry()), action.id());
                out.add(Recommendation.builder().rank(out.size() + 1).actionId(action.id()).urgency(action.urgency())
                        .title(text.title()).text(text.text()).sources(action.sources())
                        .firedBy(collector.firedByAction.get(action.id())).exposures(action.exposures()).build());
            }
            return new Guidance(bundle.version(), out);
        } finally {
            session.dispose();
        }
    }
}
