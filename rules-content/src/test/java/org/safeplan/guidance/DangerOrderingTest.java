package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.HelpWanted;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;

/** In danger now, what keeps the person alive leads, and a way to get help is always near the top. */
class DangerOrderingTest {

    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.create();

    /** Actions that are, or lead straight to, a way of getting help. */
    static final Set<String> WAYS_TO_GET_HELP = Set.of(
            "get-to-a-lockable-room-and-call", "use-the-silent-solution", "use-your-code-word-or-danger-signal",
            "get-to-a-phone", "get-to-a-phone-in-the-us", "use-your-battery-for-help", "use-a-phone-in-the-room",
            "call-emergency-services", "call-emergency-services-or-press-the-silent-code", "call-if-in-danger",
            "call-when-you-can-speak", "press-the-silent-code-if-you-cannot-speak", "go-to-a-neighbour",
            "go-to-a-neighbour-or-lock-yourself-in", "signal-danger-now", "tell-an-officer-you-are-in-danger",
            "tell-an-officer-out-of-earshot", "wait-for-the-officers");

    static final Set<String> NOT_IN_DANGER_NOW = Set.of(
            "tell-police-what-happened", "show-police-injuries-and-damage", "get-officer-names-and-badges",
            "ask-for-the-police-report", "keep-an-incident-diary", "make-a-safety-plan", "pack-an-emergency-bag",
            "photograph-injuries-and-damage", "get-witness-statements", "find-a-safe-place-tonight");

    private static <T> List<T> withNull(T[] values) {
        List<T> out = new ArrayList<>(Arrays.asList(values));
        out.add(null);
        return out;
    }

    private static final List<Boolean> TRI = Arrays.asList(true, false, null);

    @Test
    void aSurvivorInDangerWithTheAbuserThereHasAWayToGetHelpInTheTopThree() {
        int checked = 0;
        for (Location location : withNull(Location.values())) {
            for (PhoneAccess phone : withNull(PhoneAccess.values())) {
                for (Boolean canLeave : TRI) {
                    for (String country : Arrays.asList("US", "GB", "FR", null)) {
                        for (Boolean locks : TRI) {
                            for (Boolean canSpeak : TRI) {
                                Situation situation = Situation.builder().immediateDanger(true)
                                        .perpetratorOnPremises(true).location(location).phoneAccess(phone)
                                        .canLeaveSafely(canLeave).country(country).roomLocksFromInside(locks)
                                        .canSpeakSafely(canSpeak).build();
                                check(situation, ADVISOR.advise(situation));
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(10 * 5 * 3 * 4 * 3 * 3);
    }

    private static void check(Situation situation, Guidance guidance) {
        String what = describe(situation) + " -> " + guidance.recommendations();
        List<Recommendation> recs = guidance.recommendations();
        assertThat(recs).as(what).isNotEmpty();
        assertThat(recs.subList(0, Math.min(3, recs.size())))
                .as("a way to get help in the top 3: " + what)
                .anyMatch(r -> WAYS_TO_GET_HELP.contains(r.actionId()));
        assertThat(recs.get(0).urgency()).as(what).isEqualTo(Urgency.IMMEDIATE);
        if (Boolean.FALSE.equals(situation.getCanSpeakSafely())) {
            assertThat(recs.get(0).exposures()).as("no voice call first when they cannot speak: " + what)
                    .doesNotContain(Exposure.VOICE_CALL);
        }
        assertThat(recs).as("nothing for later while in danger now: " + what)
                .noneMatch(r -> r.urgency() == Urgency.PLANNING || r.urgency() == Urgency.INFORMATION)
                .noneMatch(r -> NOT_IN_DANGER_NOW.contains(r.actionId()));
        if (Boolean.FALSE.equals(situation.getCanLeaveSafely()) && Boolean.TRUE.equals(situation.getRoomLocksFromInside())
                && situation.getLocation() != Location.GARDEN && situation.getLocation() != Location.AWAY_FROM_HOME) {
            assertThat(recs.get(0).actionId()).as("locked in and cannot leave: stay locked in first: " + what)
                    .isEqualTo("lock-the-door");
            assertThat(recs).as("no advice to move through the house: " + what)
                    .noneMatch(r -> r.exposures().contains(Exposure.LEAVES_ROOM));
        }
    }

    private static String describe(Situation s) {
        return "location=" + s.getLocation() + " phone=" + s.getPhoneAccess() + " canLeave=" + s.getCanLeaveSafely()
                + " country=" + s.getCountry() + " locks=" + s.getRoomLocksFromInside() + " canSpeak=" + s.getCanSpeakSafely();
    }

    @Test
    void aPractitionerCallsFirstWhenTheAbuserIsThereAndTheThreatImminentWhateverTheyWant() {
        for (HelpWanted wants : withNull(HelpWanted.values())) {
            for (Boolean canSpeak : TRI) {
                for (String country : Arrays.asList("US", "GB", "FR", null)) {
                    Guidance g = ADVISOR.advise(Situation.builder().audience(Audience.PRACTITIONER)
                            .immediateDanger(true).perpetratorOnPremises(true).wantsHelpContacted(wants)
                            .canSpeakSafely(canSpeak).country(country).build());
                    // Worded by what the person said they want (review m9).
                    assertThat(g.recommendations().get(0).actionId()).isEqualTo(wants == HelpWanted.NO
                            ? "call-emergency-services-now" : wants == HelpWanted.YES
                            ? "call-emergency-services-now-with-them" : "call-emergency-services-now-wishes-unknown");
                    assertThat(g.find("respect-their-decision-not-to-call")).isEmpty();
                }
            }
        }
    }

    @Test
    void aPractitionerRespectsADecisionNotToCallOtherwise() {
        for (Boolean danger : TRI) {
            for (Boolean onPremises : TRI) {
                if (Boolean.TRUE.equals(danger) && Boolean.TRUE.equals(onPremises)) {
                    continue;
                }
                Guidance g = ADVISOR.advise(Situation.builder().audience(Audience.PRACTITIONER).country("US")
                        .immediateDanger(danger).perpetratorOnPremises(onPremises)
                        .wantsHelpContacted(HelpWanted.NO).build());
                for (String callNow : SafetyInvariants.CALLS_NOW) {
                    assertThat(g.find(callNow)).as(danger + "/" + onPremises).isEmpty();
                }
                assertThat(g.find("offer-a-private-phone")).as(danger + "/" + onPremises).isEmpty();
                assertThat(g.find("respect-their-decision-not-to-call")).as(danger + "/" + onPremises).isPresent();
            }
        }
    }

    @Test
    void theEmptySituationGivesAFewSensibleItemsForBothAudiences() {
        for (Audience audience : withNull(Audience.values())) {
            Guidance g = ADVISOR.advise(Situation.builder().audience(audience).build());
            assertThat(g.recommendations()).as(String.valueOf(audience)).hasSizeBetween(3, 10);
            assertThat(g.recommendations()).as("a way to get help for " + audience)
                    .anyMatch(r -> Set.of("call-if-in-danger", "call-emergency-if-threat-is-imminent",
                            "contact-support", "tell-them-about-the-hotline").contains(r.actionId()));
            assertThat(g.recommendations()).as("a planning pointer for " + audience)
                    .anyMatch(r -> r.urgency() == Urgency.PLANNING);
        }
        assertThat(ADVISOR.advise(Situation.empty()).recommendations().get(0).actionId()).isEqualTo("call-if-in-danger");
    }

    @Test
    void unknownPhoneAccessInDangerStillSaysHowToGetHelp() {
        Guidance g = ADVISOR.advise(Situation.builder().immediateDanger(true).build());
        assertThat(g.find("call-emergency-services")).isPresent();
    }

    @Test
    void policeStepsOnlyWithPoliceOnTheScene() {
        for (Boolean police : Arrays.asList(false, null)) {
            Guidance g = ADVISOR.advise(Situation.builder().afterIncident(true).policePresent(police).build());
            assertThat(g.recommendations()).noneMatch(r -> Set.of("tell-police-what-happened",
                    "show-police-injuries-and-damage", "get-officer-names-and-badges").contains(r.actionId()));
        }
        Guidance g = ADVISOR.advise(Situation.builder().policePresent(true).build());
        assertThat(g.find("get-officer-names-and-badges")).isPresent();
    }
}
