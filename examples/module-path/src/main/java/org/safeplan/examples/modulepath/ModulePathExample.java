package org.safeplan.examples.modulepath;

import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.json.SafePlanJson;

/**
 * README's snippet, in a named module: advice for a situation built in Java and for one read from
 * JSON, and the guidance written as JSON. Run with {@code java --module-path ... -m
 * org.safeplan.examples.modulepath/org.safeplan.examples.modulepath.ModulePathExample}.
 */
public final class ModulePathExample {

    private ModulePathExample() {
    }

    /** Prints the ranked titles, then the JSON guidance for the same situation read from JSON. */
    public static void main(String[] args) {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        Situation situation = Situation.builder()
                .country("US").immediateDanger(true).location(Location.KITCHEN).build();
        Guidance guidance = advisor.advise(situation);
        guidance.recommendations().forEach(r -> System.out.println(r.rank() + ". " + r.title()));

        Situation read = SafePlanJson.readSituation(
                "{\"country\": \"US\", \"immediateDanger\": true, \"location\": \"KITCHEN\"}");
        System.out.println(SafePlanJson.writeGuidance(advisor.advise(read)));
    }
}
