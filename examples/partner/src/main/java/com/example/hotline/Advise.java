package com.example.hotline;

import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/** The smallest app that advises: README's snippet as a program. */
public final class Advise {

    private Advise() {
    }

    /** Prints the advice for a person in the kitchen, in danger now, in the US. */
    public static void main(String[] args) {
        SafetyAdvisor advisor = SafetyAdvisor.create();          // once at start-up; thread-safe
        Situation situation = Situation.builder()
                .country("US").immediateDanger(true).location(Location.KITCHEN).build();
        Guidance guidance = advisor.advise(situation);           // a few microseconds
        guidance.recommendations().forEach(r -> System.out.println(r.rank() + ". " + r.title()));
    }
}
