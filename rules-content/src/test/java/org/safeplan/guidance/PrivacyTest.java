package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.internal.explain.SituationField;
import org.safeplan.rules.json.SafePlanJson;
import org.slf4j.event.Level;

/**
 * No log event holds situation data. {@link RecordedLogs} is this module's SLF4J binding and sees
 * every event of every library; here the advise path is exercised (advise with and without a cap,
 * a memo, explain, a hot swap, JSON in and out, refused documents) over situations with distinctive
 * values (country "NZ"), first with every logger at DEBUG, then at TRACE, and the events are
 * checked for
 * <ul>
 * <li>situation values: a field name next to a value, an enum value only a situation holds, "NZ";</li>
 * <li>what the advice reveals about the situation: the name or id of a rule, or an action id.</li>
 * </ul>
 * Last of all (this class runs after the others, see junit-platform.properties), every event of
 * the whole test run is checked for situation values.
 */
@Order(Integer.MAX_VALUE)
class PrivacyTest {

    private static final int SITUATIONS_AT_DEBUG = 20_000;
    private static final int SITUATIONS_AT_TRACE = 1_000;

    @TempDir
    static Path temp;
    private static final List<String> atDebug = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> atTrace = Collections.synchronizedList(new ArrayList<>());
    private static long loadEvents;
    private static long droolsTraceWarnings;

    /** Situations with every field set, the country "NZ" in most of them. */
    static List<Situation> situations(int n, long seed) {
        List<Situation> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        List<SituationField> fields = SituationField.all();
        for (Situation core : SituationSpace.core()) {
            if (out.size() == n / 2) {
                break;
            }
            if (random.nextInt(97_200 / n + 1) == 0) {
                out.add(core.toBuilder().country(random.nextInt(4) == 0 ? core.getCountry() : "NZ").build());
            }
        }
        while (out.size() < n) {
            Situation s = Situation.empty();
            for (SituationField f : fields) {
                List<Object> values = SafetyInvariantsTest.values(f);
                s = SafetyInvariantsTest.with(s, f, values.get(random.nextInt(values.size())));
            }
            out.add(random.nextInt(4) == 0 ? s : s.toBuilder().country("NZ").region(random.nextBoolean() ? "NZ-AUK" : null).build());
        }
        return out;
    }

    private static void exercise(List<Situation> situations, Path otherJar) {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        SafetyAdvisor memo = SafetyAdvisor.builder().memoize(100).build();
        AdviceOptions capped = AdviceOptions.builder().maxRecommendations(3).build();
        for (int i = 0; i < situations.size(); i++) {
            Situation s = situations.get(i);
            if (i == situations.size() / 3) {
                advisor.swapContent(ContentSource.jar(otherJar));
            }
            if (i == 2 * situations.size() / 3) {
                advisor.swapContent(ContentSource.classpath());
            }
            String json = SafePlanJson.writeSituation(s);
            SafePlanJson.writeGuidance(advisor.advise(SafePlanJson.readSituation(json)));
            advisor.advise(s, capped);
            memo.advise(s);
            if (i % 500 == 0) {
                SafePlanJson.writeExplanation(advisor.explain(s), false);
            }
            try {
                SafePlanJson.readSituation(json.replace("\"NZ\"", "\"NZL\"").replace("true", "\"true\""));
            } catch (InvalidSituationException expected) {
                // refused documents are not logged either
            }
        }
    }

    private static void capture(List<String> into, Level level, Runnable run) {
        Consumer<String> watcher = into::add;
        RecordedLogs.everythingAt(level);
        RecordedLogs.watch(watcher);
        try {
            run.run();
        } finally {
            RecordedLogs.unwatch(watcher);
            RecordedLogs.everythingAt(Level.INFO);
        }
    }

    @BeforeAll
    static void adviseWhileRecording() throws IOException {
        Path otherJar = ContentCopies.jar(temp.resolve("rules-content-9.9.9.jar"), (name, text) ->
                name.equals(ContentCopies.MANIFEST) ? text.replaceFirst("version: \\S+", "version: 9.9.9") : text);
        List<String> loading = Collections.synchronizedList(new ArrayList<>());
        capture(loading, Level.TRACE, () -> SafetyAdvisor.create(ContentSource.jar(otherJar)));
        loadEvents = loading.stream().filter(e -> e.contains("Loaded content")).count();
        droolsTraceWarnings = loading.stream().filter(e -> e.contains("Logging for org.drools is at TRACE")).count();
        capture(atDebug, Level.DEBUG, () -> exercise(situations(SITUATIONS_AT_DEBUG, 1), otherJar));
        capture(atTrace, Level.TRACE, () -> exercise(situations(SITUATIONS_AT_TRACE, 2), otherJar));
        System.out.printf("Privacy: %,d log events at DEBUG over %,d situations, %,d at TRACE over %,d situations%n",
                atDebug.size(), SITUATIONS_AT_DEBUG, atTrace.size(), SITUATIONS_AT_TRACE);
    }

    @Test
    void theRecordingBindingSeesTheLibrarysEvents() {
        assertThat(loadEvents).as("the library's 'Loaded content' debug event").isPositive();
        synchronized (atDebug) {
            assertThat(atDebug).as("events at DEBUG").anyMatch(e -> e.contains(" DEBUG "))
                    .noneMatch(e -> e.startsWith("org.drools") && e.contains(" TRACE "));
        }
        synchronized (atTrace) {
            assertThat(atTrace).as("events at TRACE").anyMatch(e -> e.startsWith("org.drools") && e.contains(" TRACE "));
        }
    }

    @Test
    void noEventHoldsASituationValueAtDebugOrTrace() {
        List<String> leaks = new ArrayList<>();
        for (List<String> events : List.of(atDebug, atTrace)) {
            synchronized (events) {
                events.stream().filter(RecordedLogs::leaks).limit(10).forEach(leaks::add);
            }
        }
        assertThat(leaks).as("log events holding situation values").isEmpty();
    }

    /** Rule names and ids and action ids: which advice was given tells the situation. */
    private static Set<String> adviceWords() {
        Set<String> words = new TreeSet<>(GuidanceSources.actionsById().keySet());
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            words.add(rule.name());
            words.add(rule.id());
        }
        return words;
    }

    private static List<String> revealing(List<String> events) {
        Set<String> words = adviceWords();
        List<String> out = new ArrayList<>();
        synchronized (events) {
            for (String event : events) {
                for (String word : words) {
                    if (event.contains(word)) {
                        out.add("[" + word + "] in: " + (event.length() > 300 ? event.substring(0, 300) + "..." : event));
                        break;
                    }
                }
                if (out.size() >= 10) {
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void noEventAtDebugRevealsWhichAdviceWasGiven() {
        assertThat(revealing(atDebug)).as("DEBUG events naming a rule or an action").isEmpty();
    }

    /**
     * With org.drools at TRACE, Drools logs every rule it fires by name ("Fire event default for
     * rule \"In Great Britain, press 55 if you cannot speak\""), which tells the situation. The
     * library cannot stop an application's logging configuration: it warns at load, names no
     * action in the facts it inserts, and its own events reveal nothing even at TRACE.
     */
    @Test
    void atTraceOnlyDroolsOwnRuleFiringEventsRevealAdviceAndTheLibraryWarnsOfThem() {
        assertThat(droolsTraceWarnings).as("the load-time warning about org.drools at TRACE").isPositive();
        assertThat(revealing(atTrace).stream().filter(e -> !e.contains(" in: org.drools.")))
                .as("non-Drools TRACE events naming a rule or an action").isEmpty();
        assertThat(revealing(atTrace)).as("Drools TRACE events naming an action id").noneMatch(e -> e.contains("Recommended[") && !e.contains("Recommended[an action]"));
    }

    @Test
    void noEventOfTheWholeTestRunHoldsASituationValue() {
        assertThat(RecordedLogs.events()).isPositive();
        System.out.printf("Privacy: %,d log events in this module's test run, by level %s%n",
                RecordedLogs.events(), RecordedLogs.byLevel());
        assertThat(RecordedLogs.leaks()).as("log events holding situation values").isEmpty();
    }
}
