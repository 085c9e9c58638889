package org.safeplan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.core.impl.InternalRuleBase;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.memorycompiler.KieMemoryCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.Advice;

/**
 * Drools' alpha-network compiler (ANC, the in-memory mode of {@code AlphaNetworkCompilerOption.INMEMORY})
 * on the full content's precompiled model, A/B in one run against the interpreted alpha network: a
 * bare reused session as in {@link DroolsBenchmark} ({@code reuse}), the situation inserted, the rules
 * fired, the situation retracted. Not a lever of the library (see {@code EngineLevers}): the model
 * loaded from the content jar never gets one (only KieContainer builds apply it), compiling it takes
 * seconds of start-up and a Java compiler at run time, and Drools' generator copies each constraint's
 * text into a one-line comment, which breaks the Java for a constraint written over several lines;
 * {@link #sanitised} drops those comments so that it can be measured at all. Setup prints the
 * compile time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class AlphaNetworkBenchmark {

    @Param({"interpreted", "compiled"})
    public String alpha;

    @Param({"standard", "everyField"})
    public String space;

    private KieSession session;
    private Situation[] situations;
    private int recommended;

    @Setup(Level.Trial)
    public void setUp() {
        situations = "everyField".equals(space) ? Situations.everyField(Situations.SAMPLE)
                : Situations.sample(Situations.SAMPLE);
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(DroolsBenchmark.models());
        if ("compiled".equals(alpha)) {
            long start = System.nanoTime();
            compileAlphaNetwork(kieBase);
            System.out.printf("alpha network compiled in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        session = kieBase.newKieSession();
        session.setGlobal(Advice.GLOBAL_NAME, new Advice() {
            @Override
            public void recommend(String actionId) {
                recommended++;
            }

            @Override
            public void caution(String cautionId) {
            }

            @Override
            public void putFirst(String actionId) {
            }

            @Override
            public void putBefore(String actionId, String laterActionId) {
            }
        });
    }

    /** What Drools' {@code KieBaseUpdaterANC} does for INMEMORY, on a rule base built from the model. */
    private static void compileAlphaNetwork(KieBase kieBase) {
        Map<String, CompiledNetworkSources> networks =
                ObjectTypeNodeCompiler.compiledNetworkSourceMap(((InternalRuleBase) kieBase).getRete());
        Map<String, String> sources = new LinkedHashMap<>();
        networks.values().forEach(n -> sources.put(n.getName(), sanitised(n.getSource())));
        Map<String, Class<?>> classes = KieMemoryCompiler.compile(sources, AlphaNetworkBenchmark.class.getClassLoader());
        networks.values().forEach(n -> n.createInstanceAndSet(classes.get(n.getName())));
    }

    /**
     * The generated source without its {@code // [...]} comments, which copy each node's constraint
     * text, line breaks included (the rest of a constraint written over several lines is then code).
     */
    static String sanitised(String source) {
        List<String> out = new ArrayList<>();
        int open = 0;
        for (String line : source.split("\n", -1)) {
            int from = open > 0 ? 0 : line.indexOf("// [");
            if (from >= 0) {
                open += brackets(line.substring(from));
                line = line.substring(0, from);
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static int brackets(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        return depth;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.dispose();
    }

    @Benchmark
    public int evaluate(Cursor cursor) {
        FactHandle handle = session.insert(cursor.next(situations));
        session.fireAllRules();
        session.delete(handle);
        return recommended;
    }
}
