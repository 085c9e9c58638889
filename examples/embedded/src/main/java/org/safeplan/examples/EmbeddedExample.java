package org.safeplan.examples;

import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.json.SafePlanJson;

/**
 * How a partner app embeds SafePlan Rules: build one advisor at start-up, share it between
 * threads, and ask it for guidance — from Java objects or from JSON.
 */
public final class EmbeddedExample {

    private EmbeddedExample() {
    }

    /** Prints the guidance for a person in the kitchen with the abuser at home, then the same from JSON. */
    public static void main(String[] args) {
        SafetyAdvisor advisor = SafetyAdvisor.create();                 // once, at start-up

        Situation situation = Situation.builder()
                .country("US")
                .immediateDanger(true)
                .perpetratorOnPremises(true)
                .location(Location.KITCHEN)
                .build();
        Guidance guidance = advisor.advise(situation);                  // thread-safe, microseconds
        System.out.println("Content " + guidance.contentVersion());
        guidance.recommendations().forEach(r ->
                System.out.println(r.rank() + ". [" + r.urgency() + "] " + r.title() + "  (sources " + r.sources() + ")"));

        // The same through the JSON contract, as a web service would do it.
        Situation fromJson = SafePlanJson.readSituation("{\"country\": \"GB\", \"immediateDanger\": true}");
        System.out.println(SafePlanJson.writeGuidance(advisor.advise(fromJson)));
    }
}
