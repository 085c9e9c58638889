package org.safeplan.rules.internal.engine;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.safeplan.rules.internal.Suggestions;

/**
 * The Drools options of the advise path ("levers"), each behind one switch, so that a measurement
 * can set one configuration against another in one run and {@code EngineEquivalenceTest} can
 * prove that they give the same advice.
 *
 * <p>The switches are read from the system property {@value #PROPERTY} each time content is loaded:
 * a comma-separated list of the levers to turn on ({@code unsafe}, {@code direct}), {@code none} for
 * Drools' own defaults; without it, {@link #DEFAULT}. This is for measurements and tests, not a
 * setting for users: the advice is the same either way.
 *
 * <p>Not here: Drools' alpha-network compiler (it compiles generated Java at load time, which costs
 * seconds of start-up, needs a Java compiler and javaparser at run time, and its generator writes
 * Java that does not compile for constraints written over several lines; see docs/benchmarks.md)
 * and sequential mode (2.5 times slower on this content).
 */
enum EngineLevers {

    /**
     * Sessions without Drools' locks and atomic counters ({@code ThreadSafeOption.NO}). Sound
     * because a pooled session is only ever used by one thread at a time: a caller takes it from
     * the bundle's queue of idle sessions, uses it, and gives it back; the queue's hand-over
     * orders one caller's use before the next one's (see {@link ContentBundle#advise}).
     */
    THREAD_UNSAFE("unsafe"),

    /**
     * Rules fired straight from the network, without the agenda's queue ({@code DirectFiringOption.YES}).
     * It keeps no salience order and no no-loop, and sends no agenda events; content may use none
     * of these (validate refuses the settings, and no listener is ever added). It fires rules in
     * another order, so it is used only when firing order cannot matter: when no rule can see a fact
     * that a consequence inserts ({@link FactVisibility}), every rule whose conditions hold for the
     * facts inserted before firing fires exactly once, in any order, and what the collector records
     * does not depend on the order ({@link Collector}, {@link Ranking}).
     *
     * <p>Off by default: in a session reused after retraction, Drools 10.2 keeps every match fired
     * directly (about 1.6 KB per evaluation on this content, never freed: 1 GB after 600,000 calls),
     * and it saves little CPU beside {@link #THREAD_UNSAFE} (docs/benchmarks.md). For measurements only.
     */
    DIRECT_FIRING("direct");

    /** The system property that chooses the levers for content loaded after it is set. */
    static final String PROPERTY = "safeplan.engine.levers";

    /** What content is loaded with when the property is not set. */
    static final Set<EngineLevers> DEFAULT = EnumSet.of(THREAD_UNSAFE);

    private final String switchName;

    EngineLevers(String switchName) {
        this.switchName = switchName;
    }

    /** The levers {@link #PROPERTY} asks for, or {@link #DEFAULT}. */
    static Set<EngineLevers> chosen() {
        String value = System.getProperty(PROPERTY);
        return value == null ? EnumSet.copyOf(DEFAULT) : parse(value);
    }

    /** The levers named in {@code value} ({@code none}, or names separated by commas). */
    static Set<EngineLevers> parse(String value) {
        Set<EngineLevers> levers = EnumSet.noneOf(EngineLevers.class);
        for (String name : value.split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty() || trimmed.equals("none")) {
                continue;
            }
            levers.add(named(trimmed, value));
        }
        return levers;
    }

    private static EngineLevers named(String name, String value) {
        for (EngineLevers lever : values()) {
            if (lever.switchName.equals(name)) {
                return lever;
            }
        }
        List<String> names = Arrays.stream(values()).map(l -> l.switchName).toList();
        throw new IllegalArgumentException(PROPERTY + "=" + Suggestions.quote(value) + ": unknown lever "
                + Suggestions.quote(name) + Suggestions.didYouMean(name, names) + "; allowed: none, "
                + String.join(", ", names));
    }

    /**
     * The session configuration for these levers; {@code direct} says whether direct firing may be
     * used for this rule base (see {@link #DIRECT_FIRING}).
     */
    static KieSessionConfiguration sessions(Set<EngineLevers> levers, boolean direct) {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(KeepReferenceOption.NO);
        if (levers.contains(THREAD_UNSAFE)) {
            conf.setOption(ThreadSafeOption.NO);
        }
        if (direct && levers.contains(DIRECT_FIRING)) {
            conf.setOption(DirectFiringOption.YES);
        }
        return conf;
    }
}
