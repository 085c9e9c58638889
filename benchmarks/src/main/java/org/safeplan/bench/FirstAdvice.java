package org.safeplan.bench;

import java.lang.management.ManagementFactory;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * Prints the time from JVM start to the first advice, with the precompiled content from the
 * classpath: {@code java -cp benchmarks/target/benchmarks.jar org.safeplan.bench.FirstAdvice}.
 * The management bean is read only after the advice, so it adds nothing to the figure.
 */
public final class FirstAdvice {

    private FirstAdvice() {
    }

    public static void main(String[] args) {
        long mainStart = System.currentTimeMillis();
        SafetyAdvisor advisor = SafetyAdvisor.create();
        long created = System.currentTimeMillis();
        Guidance guidance = advisor.advise(Situation.builder().country("US").immediateDanger(true)
                .perpetratorOnPremises(true).location(Location.KITCHEN).build());
        long advised = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("first advice %d ms after JVM start (JVM start to main %d ms, create %d ms,"
                        + " first advise %d ms, %d recommendations)%n",
                advised - jvmStart, mainStart - jvmStart, created - mainStart, advised - created,
                guidance.recommendations().size());
    }
}
