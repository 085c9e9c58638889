package org.safeplan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;
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
 * Where the time goes, below SafePlan: the full content's precompiled rule model in a bare Drools
 * session, with an {@code advice} global that only collects action ids (no rule ids, no
 * Recommended facts, no ranking). Three ways to get a clean session per evaluation:
 * <ul>
 * <li>{@code new}: a new session per call, disposed after;
 * <li>{@code pool}: Drools' {@code KieSessionsPool}, which resets every node memory on release
 *     (what SafePlan did before);
 * <li>{@code reuse}: one session per thread, the situation retracted after each call (what
 *     SafePlan does now).
 * </ul>
 * The difference between {@code reuse} here and {@code AdviseBenchmark.advise} is SafePlan's own
 * work (rule ids, Recommended facts, ranking, wording).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class DroolsBenchmark {

    private static final String MODEL_INDEX = "META-INF/kie/org.safeplan/rules-content/drools-model";

    @Param({"new", "pool", "reuse"})
    public String session;

    /** {@code standard}: {@link Situations#sample(int)}; {@code everyField}: {@link Situations#everyField(int)}. */
    @Param({"standard", "everyField"})
    public String space;

    private KieBase kieBase;
    private KieSessionsPool pool;
    private KieSession reused;
    private final List<String> recommended = new ArrayList<>();
    private final Advice collect = new Advice() {
        @Override
        public void recommend(String actionId) {
            recommended.add(actionId);
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
    };
    private Situation[] situations;

    @Setup(Level.Trial)
    public void setUp() {
        situations = "everyField".equals(space) ? Situations.everyField(Situations.SAMPLE)
                : Situations.sample(Situations.SAMPLE);
        kieBase = KieBaseBuilder.createKieBaseFromModel(models());
        pool = kieBase.newKieSessionsPool(1);
        reused = kieBase.newKieSession();
        reused.setGlobal(Advice.GLOBAL_NAME, collect);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reused.dispose();
        pool.shutdown();
    }

    @Benchmark
    public int evaluate(Cursor cursor) {
        Situation situation = cursor.next(situations);
        recommended.clear();
        switch (session) {
            case "new" -> {
                KieSession s = kieBase.newKieSession();
                s.setGlobal(Advice.GLOBAL_NAME, collect);
                s.insert(situation);
                s.fireAllRules();
                s.dispose();
            }
            case "pool" -> {
                KieSession s = pool.newKieSession();
                s.setGlobal(Advice.GLOBAL_NAME, collect);
                s.insert(situation);
                s.fireAllRules();
                s.dispose();
            }
            default -> {
                FactHandle h = reused.insert(situation);
                reused.fireAllRules();
                reused.delete(h);
            }
        }
        return recommended.size();
    }

    static List<Model> models() {
        ClassLoader loader = DroolsBenchmark.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                loader.getResourceAsStream(MODEL_INDEX), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version:")) {
                    models.add((Model) Class.forName(line, true, loader).getConstructor().newInstance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return models;
    }
}
