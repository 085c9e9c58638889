package org.safeplan.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.Recommended;
import org.safeplan.rules.internal.catalog.CatalogAction;
import org.safeplan.rules.internal.catalog.RenderedAction;

/**
 * The optimised advise path (reused sessions cleaned by retraction, Recommended facts inserted
 * only when some rule can see them, precomputed rank positions, rule ids by identity, and the
 * engine levers chosen by default: sessions without locks, direct firing) gives exactly the
 * guidance of the plain evaluation it replaced — a fresh session per call in Drools' default
 * configuration (thread-safe, the agenda), every Recommended fact inserted, rule metadata read per
 * firing, comparator sort, builder — for every situation of the standard space, on one thread and
 * on several sharing the bundle, and for several options answered from one evaluation. Guidance is
 * compared whole: every field of every recommendation (rank, id, texts, sources, firedBy, exposures,
 * cautions, placedBy), in order.
 */
class EngineEquivalenceTest {

    private static ContentBundle bundle;
    /** The same content with every lever off: Drools' default session configuration. */
    private static ContentBundle leversOff;

    @BeforeAll
    static void load() {
        bundle = ContentBundle.fromClasspath(EngineEquivalenceTest.class.getClassLoader(), EngineLevers.DEFAULT);
        leversOff = ContentBundle.fromClasspath(EngineEquivalenceTest.class.getClassLoader(), Set.of());
    }

    @Test
    void sameGuidanceAsThePlainEvaluationOverTheStandardSpace() {
        List<Situation> space = new ArrayList<>();
        SituationSpace.standard().forEach(space::add);
        assertThat((long) space.size()).isEqualTo(SituationSpace.standard().size());
        // Both cores: the bundles are shared, each plain evaluation has its own session.
        IntStream.range(0, space.size()).parallel().forEach(n -> sameGuidance(n, space.get(n)));
    }

    private static void sameGuidance(int n, Situation s) {
        AdviceOptions three = AdviceOptions.builder().maxRecommendations(3).build();
        // One plain evaluation per situation, worded for each set of options.
        List<Guidance> expected = n % 7 == 0
                ? plain(s, AdviceOptions.complete(), AdviceOptions.defaults(), three)
                : plain(s, AdviceOptions.complete(), AdviceOptions.defaults());
        assertThat(bundle.advise(s, AdviceOptions.complete())).as("situation %d", n).isEqualTo(expected.get(0));
        assertThat(leversOff.advise(s, AdviceOptions.complete())).as("situation %d, levers off", n)
                .isEqualTo(expected.get(0));
        assertThat(bundle.advise(s, AdviceOptions.defaults())).as("situation %d", n).isEqualTo(expected.get(1));
        if (n % 7 == 0) {
            assertThat(bundle.advise(s, three)).as("situation %d, three", n).isEqualTo(expected.get(2));
        }
        // Several options from one evaluation: each as if asked for alone.
        List<AdviceOptions> options = n % 7 == 0 ? List.of(AdviceOptions.complete(), AdviceOptions.defaults(), three)
                : List.of(AdviceOptions.complete(), AdviceOptions.defaults());
        assertThat(bundle.advise(s, options)).as("situation %d, options at once", n).isEqualTo(expected);
    }

    @Test
    void theSweepComparesTheLeversThatAreOn() {
        // Direct firing is used only when no consequence inserts a fact some rule can see (else the
        // agenda keeps firing order); the sessions compared above are configured as Drools reports.
        boolean someFactVisible = bundle.recommendedFactVisibility().containsValue(true);
        boolean direct = EngineLevers.DEFAULT.contains(EngineLevers.DIRECT_FIRING) && !someFactVisible;
        boolean unsafe = EngineLevers.DEFAULT.contains(EngineLevers.THREAD_UNSAFE);
        assertThat(bundle.sessionOptions()).isEqualTo("directFiring=" + direct + ", threadSafe=" + !unsafe);
        assertThat(EngineLevers.DEFAULT).as("the sweep compares some lever with all levers off").isNotEmpty();
        assertThat(leversOff.sessionOptions()).isEqualTo("directFiring=false, threadSafe=true");
    }

    @Test
    void leversAreNamedOrRefusedWithTheAllowedNames() {
        assertThat(EngineLevers.parse("none")).isEmpty();
        assertThat(EngineLevers.parse(" unsafe, direct ")).containsExactly(EngineLevers.THREAD_UNSAFE,
                EngineLevers.DIRECT_FIRING);
        assertThatThrownBy(() -> EngineLevers.parse("unsafe,drect"))
                .hasMessage("safeplan.engine.levers=\"unsafe,drect\": unknown lever \"drect\" (did you mean"
                        + " \"direct\"?); allowed: none, unsafe, direct");
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
        List<Guidance> expected = sample.stream().map(s -> plain(s, AdviceOptions.defaults()).get(0)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int k = 0; k < sample.size(); k++) {
                        int j = (k + offset * 997) % sample.size();
                        assertThat(bundle.advise(sample.get(j), AdviceOptions.defaults())).isEqualTo(expected.get(j));
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
        // A Recommended fact is inserted only when some rule's conditions match Recommended facts
        // with that action's id or exposures; GuidanceSources finds the rules that read them.
        Map<String, Boolean> expected = new TreeMap<>();
        String rules = recommendedPatterns();
        for (CatalogAction a : bundle.catalog().actions()) {
            expected.put(a.id(), rules.contains("\"" + a.id() + "\"")
                    || a.exposures().stream().anyMatch(e -> rules.contains("Exposure." + e.name())));
        }
        assertThat(bundle.recommendedFactVisibility()).isEqualTo(expected);
    }

    /** The text of every Recommended(...) pattern in the content's rule files. */
    private static String recommendedPatterns() {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(Path.of("src/main/resources/org/safeplan/guidance"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher m = Pattern.compile("Recommended\\s*\\(([^)]*)\\)").matcher(Files.readString(file));
                while (m.find()) {
                    out.append(m.group(1)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
        private final Set<String> cautions = new TreeSet<>();
        private final Map<String, Set<String>> leads = new HashMap<>();
        private final List<String[]> befores = new ArrayList<>();
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

        @Override
        public void caution(String cautionId) {
            cautions.add(bundle.catalog().findCaution(cautionId).orElseThrow().id());
        }

        @Override
        public void putFirst(String actionId) {
            leads.computeIfAbsent(actionId, k -> new TreeSet<>()).add(firingRule);
        }

        @Override
        public void putBefore(String actionId, String laterActionId) {
            befores.add(new String[] {actionId, laterActionId, firingRule});
        }
    }

    /** The plain evaluation of the situation (one session, fired once), worded for each of the options. */
    static List<Guidance> plain(Situation situation, AdviceOptions... options) {
        KieSession session = bundle.ruleBase().kieBase().newKieSession();
        try {
            PlainCollector collector = new PlainCollector(session);
            session.setGlobal(Advice.GLOBAL_NAME, collector);
            session.addEventListener(collector);
            session.insert(situation);
            // What the jurisdiction provides, beside the situation: read from the packs here, not from the bundle.
            session.insert(bundle.jurisdictions().capabilities(situation.getCountry(), situation.getRegion()));
            session.fireAllRules();
            List<CatalogAction> actions = new ArrayList<>();
            for (String id : collector.firedByAction.keySet()) {
                actions.add(bundle.catalog().find(id).orElseThrow());
            }
            boolean cannotSpeak = situation.getAudience() == Audience.SURVIVOR
                    && Boolean.FALSE.equals(situation.getCanSpeakSafely());
            actions.sort(cannotSpeak ? ORDER_CANNOT_SPEAK : ORDER);
            List<CatalogAction> ordered = ordered(actions, collector);
            List<Guidance> out = new ArrayList<>();
            for (AdviceOptions o : options) {
                out.add(worded(situation, budget(ordered, situation, o), collector));
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    private static Guidance worded(Situation situation, List<CatalogAction> actions, PlainCollector collector) {
        List<Recommendation> out = new ArrayList<>();
        String key = bundle.texts().keyFor(situation.getCountry());
        for (CatalogAction action : actions) {
            RenderedAction text = bundle.texts().forKey(key, action.id());
            List<Caution> cautions = bundle.catalog().cautions().stream()
                    .filter(c -> collector.cautions.contains(c.id()) && c.guards(action))
                    .map(c -> bundle.texts().caution(key, c.id())).toList();
            Set<String> placedBy = new TreeSet<>(collector.leads.getOrDefault(action.id(), Set.of()));
            for (String[] b : collector.befores) {
                if (b[0].equals(action.id()) && collector.firedByAction.containsKey(b[1])) {
                    placedBy.add(b[2]);
                }
            }
            out.add(Recommendation.builder().rank(out.size() + 1).actionId(action.id()).urgency(action.urgency())
                    .title(text.title()).text(text.text()).summary(text.summary()).sources(action.sources())
                    .firedBy(collector.firedByAction.get(action.id())).exposures(action.exposures())
                    .cautions(cautions).placedBy(placedBy).build());
        }
        return new Guidance(bundle.version(), out);
    }

    /** Repeatedly takes the first action (urgency, put first, catalog order) with no earlier action waiting. */
    private static List<CatalogAction> ordered(List<CatalogAction> sorted, PlainCollector collector) {
        List<CatalogAction> left = new ArrayList<>(sorted);
        left.sort(Comparator.comparing(CatalogAction::urgency)
                .thenComparing(a -> !collector.leads.containsKey(a.id())));
        List<CatalogAction> out = new ArrayList<>();
        while (!left.isEmpty()) {
            CatalogAction next = left.stream().filter(a -> collector.befores.stream().noneMatch(b -> b[1].equals(a.id()) && !b[0].equals(b[1])
                            && left.stream().anyMatch(o -> o.id().equals(b[0]) && o.urgency() == a.urgency())))
                    .findFirst().orElse(left.get(0));
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    private static List<CatalogAction> budget(List<CatalogAction> actions, Situation s, AdviceOptions options) {
        List<CatalogAction> kept = actions;
        if (!options.completeList() && s.getAudience() == Audience.SURVIVOR) {
            if (Boolean.TRUE.equals(s.getImmediateDanger())) {
                List<CatalogAction> immediate = actions.stream().filter(a -> a.urgency() == Urgency.IMMEDIATE)
                        .limit(AdviceOptions.CRISIS_IMMEDIATE).toList();
                kept = new ArrayList<>(immediate);
                actions.stream().filter(a -> a.urgency() == Urgency.URGENT).forEach(kept::add);
                kept = kept.subList(0, Math.min(kept.size(), AdviceOptions.CRISIS_TOTAL));
            } else {
                kept = actions.subList(0, Math.min(actions.size(), AdviceOptions.SURVIVOR_TOTAL));
            }
        }
        return kept.subList(0, (int) Math.min(kept.size(), options.maxRecommendations()));
    }
}
