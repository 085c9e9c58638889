package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;

/** The advisor's contract on the real content: ranking, sources, caps, determinism, thread safety. */
class SafetyAdvisorTest {

    private static SafetyAdvisor advisor;

    @BeforeAll
    static void load() {
        advisor = SafetyAdvisor.create();
    }

    /** A spread of situations over the fields the danger rules read. */
    static List<Situation> sample() {
        List<Situation> out = new ArrayList<>();
        String[] countries = {null, "US", "GB", "FR"};
        Boolean[] tri = {null, true, false};
        Location[] locations = new Location[Location.values().length + 1];
        System.arraycopy(Location.values(), 0, locations, 1, Location.values().length);
        int i = 0;
        for (String country : countries) {
            for (Boolean danger : tri) {
                for (Location location : locations) {
                    for (Boolean speak : tri) {
                        Boolean leave = tri[i % 3];
                        Boolean locks = tri[(i / 3) % 3];
                        PhoneAccess phone = i % 5 == 4 ? null : PhoneAccess.values()[i % 4];
                        i++;
                        out.add(Situation.builder().country(country).immediateDanger(danger).location(location)
                                .canSpeakSafely(speak).canLeaveSafely(leave).roomLocksFromInside(locks)
                                .phoneAccess(phone).perpetratorOnPremises(tri[i % 3])
                                .audience(i % 4 == 0 ? Audience.PRACTITIONER : null).build());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void ranksRunFromOneWithoutGapsOrDuplicateActionsAndCiteSourcesAndRules() {
        for (Situation s : sample()) {
            Guidance g = advisor.advise(s);
            assertThat(g.contentVersion()).isEqualTo(advisor.contentVersion());
            var ids = new HashSet<String>();
            for (int i = 0; i < g.recommendations().size(); i++) {
                Recommendation r = g.recommendations().get(i);
                assertThat(r.rank()).isEqualTo(i + 1);
                assertThat(ids.add(r.actionId())).as("duplicate " + r.actionId()).isTrue();
                assertThat(r.sources()).isNotEmpty().allMatch(src -> src.matches("00[0-4]-\\d+"));
                assertThat(r.firedBy()).isNotEmpty().isSorted();
                assertThat(r.title()).isNotBlank().doesNotContain("{");
                assertThat(r.text()).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void urgencyNeverRisesDownTheList() {
        for (Situation s : sample()) {
            List<Recommendation> recs = advisor.advise(s).recommendations();
            for (int i = 1; i < recs.size(); i++) {
                assertThat(recs.get(i).urgency()).isGreaterThanOrEqualTo(recs.get(i - 1).urgency());
            }
        }
    }

    @Test
    void aCapKeepsTheFirstItemsWithTheirCautionsAndTheCompleteListHoldsTheDefaultOne() {
        int cut = 0;
        for (Situation s : sample()) {
            Guidance shown = advisor.advise(s);
            Guidance complete = advisor.advise(s, AdviceOptions.complete());
            for (int max : new int[] {1, 3}) {
                Guidance capped = advisor.advise(s, AdviceOptions.builder().maxRecommendations(max).build());
                assertThat(capped.recommendations())
                        .isEqualTo(shown.recommendations().subList(0, Math.min(max, shown.recommendations().size())));
                Guidance cappedComplete = advisor.advise(s, AdviceOptions.builder().completeList().maxRecommendations(max)
                        .build());
                assertThat(cappedComplete.recommendations()).isEqualTo(
                        complete.recommendations().subList(0, Math.min(max, complete.recommendations().size())));
            }
            // What the default list keeps, the complete list has too, in the same order and words.
            List<String> completeIds = complete.recommendations().stream().map(r -> r.actionId()).toList();
            List<String> shownIds = shown.recommendations().stream().map(r -> r.actionId()).toList();
            assertThat(completeIds).containsSubsequence(shownIds);
            cut += complete.recommendations().size() - shown.recommendations().size();
        }
        assertThat(cut).as("items the budget leaves out of the sample's default lists").isPositive();
        assertThatThrownBy(() -> AdviceOptions.builder().maxRecommendations(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameSituationGivesEqualGuidanceEveryTime() {
        List<Situation> sample = sample();
        List<Guidance> first = sample.stream().map(advisor::advise).toList();
        List<Guidance> again = sample.stream().map(advisor::advise).toList();
        assertThat(again).isEqualTo(first);
        assertThat(SafetyAdvisor.create().advise(sample.get(7))).isEqualTo(first.get(7));
    }

    @Test
    void oneAdvisorSharedByEightThreadsGivesTheSerialResults() throws Exception {
        List<Situation> sample = sample();
        List<Guidance> serial = sample.stream().map(advisor::advise).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    int checked = 0;
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < sample.size(); i++) {
                            int k = (i + offset * 31) % sample.size();
                            assertThat(advisor.advise(sample.get(k))).isEqualTo(serial.get(k));
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get();
            }
            assertThat(total).isEqualTo(8 * 5 * sample.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMemoNeverChangesAnAnswer() {
        SafetyAdvisor memo = SafetyAdvisor.builder().memoize(100).build();
        for (int round = 0; round < 2; round++) {
            for (Situation s : sample()) {
                assertThat(memo.advise(s)).isEqualTo(advisor.advise(s));
                assertThat(memo.advise(s, AdviceOptions.builder().maxRecommendations(2).build()))
                        .isEqualTo(advisor.advise(s, AdviceOptions.builder().maxRecommendations(2).build()));
            }
        }
        assertThatThrownBy(() -> SafetyAdvisor.builder().memoize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsRuleIdsAndRejectsNull() {
        assertThat(new ArrayList<>(advisor.ruleIds())).contains("danger-kitchen").isSorted();
        assertThatThrownBy(() -> advisor.advise(null)).isInstanceOf(NullPointerException.class);
    }
}
