package org.safeplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * Cold start: in a fresh JVM (one fork per sample), loading the precompiled content from the
 * classpath and giving the first advice. JMH's own start-up is not included; {@link FirstAdvice}
 * measures from JVM start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    @Benchmark
    public Guidance createAndFirstAdvice() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        return advisor.advise(Situation.builder().country("US").immediateDanger(true)
                .perpetratorOnPremises(true).location(Location.KITCHEN).build());
    }
}
