package org.safeplan.guidance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.HelpWanted;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * The safety invariants of issue 5, checked on one situation and its guidance at a time.
 * Thread-safe: counts are adders, failures are kept (the first few in full, all counted).
 *
 * <p>The action sets the invariants name are derived from the catalog ({@code actions.yaml}) and
 * checked against it when this class is loaded, so that a renamed or re-tagged action fails loudly
 * here instead of silently weakening an invariant.
 */
final class SafetyInvariants {

    /** One invariant; {@link #checked(Invariant)} counts the situations it applied to. */
    enum Invariant {
        AT_LEAST_ONE_RECOMMENDATION("at least one recommendation"),
        RANKS_ONE_TO_N("ranks 1..n"),
        NO_DUPLICATE_ACTION("no duplicate action"),
        SOURCES_IN_INVENTORY("every source a real inventory id"),
        ONLY_OWN_COUNTRYS_NUMBERS("only the country's own numbers and schemes"),
        SURVIVOR_HELP_IN_TOP_3("survivor in danger, abuser there: a way to get help in the top 3"),
        CANNOT_SPEAK_NO_VOICE_CALL_FIRST("survivor cannot speak: first item not a voice call"),
        NOTHING_FOR_LATER_ABOVE_IMMEDIATE("no PLANNING/INFORMATION item above an IMMEDIATE one"),
        PRACTITIONER_NO_CALL_AGAINST_WISHES("practitioner, help declined, abuser not known there: no call against their wishes"),
        PRACTITIONER_CALL_FIRST("practitioner, danger and abuser there: emergency call first"),
        DETERMINISM("same situation, equal guidance (second advisor)");

        final String description;

        Invariant(String description) {
            this.description = description;
        }
    }

    /** Inventory ids, parsed from GUIDANCE-INVENTORY.md. */
    static final Set<String> INVENTORY = Collections.unmodifiableSet(InventoryCoverageTest.inventoryIds());

    /**
     * A way for a survivor to get help right now: every IMMEDIATE action that is a call (VOICE_CALL
     * or SILENT_CALL exposure, e.g. a call, a silent call, a texted code word), plus the immediate
     * actions that lead straight to help without being a call: running to a neighbour, reaching a
     * phone, using a low battery for help, giving the agreed danger signal.
     */
    static final Set<String> WAYS_TO_GET_HELP = waysToGetHelp();

    /** Practitioner actions that place an emergency call even when the person does not want one (000-6). */
    static final Set<String> CALLS_AGAINST_WISHES = callsAgainstWishes();

    /** The unconditional one: "call now"; the other states the 000-6 exception as a condition. */
    static final String CALL_NOW = "call-emergency-services-now";
    static final String CALL_IF_IMMINENT = "call-emergency-if-threat-is-imminent";
    /** With police already on the scene, the 000-6 call becomes alerting the officers there. */
    static final String ALERT_OFFICERS = "alert-the-officers-on-scene";

    // Numbers and schemes the catalog prints (jurisdictions.yaml and actions.yaml): US 911 and the
    // hotline 1-800-799-7233 (1-800-799-SAFE), "In the US"; GB 999, "press 55", the Silent Solution,
    // Clare's Law, "In England and Wales".
    private static final List<String> US_ONLY = List.of("911", "1-800", "7233", "799-SAFE", "In the US");
    private static final List<String> GB_ONLY = List.of("999", "Clare", "Silent Solution", "England and Wales");
    private static final Pattern SILENT_55 = Pattern.compile("(?<!\\d)55(?!\\d)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final int EXAMPLES_KEPT = 20;

    private final Map<Invariant, LongAdder> checked = new EnumMap<>(Invariant.class);
    private final Map<Invariant, AtomicLong> failed = new EnumMap<>(Invariant.class);
    private final List<String> examples = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder situations = new LongAdder();

    SafetyInvariants() {
        for (Invariant i : Invariant.values()) {
            checked.put(i, new LongAdder());
            failed.put(i, new AtomicLong());
        }
    }

    private static Set<String> waysToGetHelp() {
        Set<String> ways = new TreeSet<>();
        ContentFiles.actionsById().forEach((id, action) -> {
            List<String> exposures = ContentFiles.strings(action, "exposures");
            if ("IMMEDIATE".equals(action.get("urgency"))
                    && (exposures.contains("VOICE_CALL") || exposures.contains("SILENT_CALL"))) {
                ways.add(id);
            }
        });
        Set<String> byId = Set.of("go-to-a-neighbour", "get-to-a-phone", "get-to-a-phone-in-the-us",
                "use-your-battery-for-help", "signal-danger-now", "tell-an-officer-you-are-in-danger");
        if (!ContentFiles.actionsById().keySet().containsAll(byId)) {
            throw new IllegalStateException("the catalog no longer has all of " + byId);
        }
        ways.addAll(byId);
        if (!ways.equals(DangerOrderingTest.WAYS_TO_GET_HELP)) {
            throw new IllegalStateException("ways to get help derived from the catalog " + ways
                    + " differ from DangerOrderingTest.WAYS_TO_GET_HELP " + DangerOrderingTest.WAYS_TO_GET_HELP);
        }
        return Collections.unmodifiableSet(ways);
    }

    /** Actions whose text tells the practitioner to call {emergencyNumber} even if the person does not want it. */
    private static Set<String> callsAgainstWishes() {
        Set<String> calls = new TreeSet<>();
        ContentFiles.actionsById().forEach((id, action) -> {
            String text = String.valueOf(action.get("text")).replaceAll("\\s+", " ");
            if (String.valueOf(action.get("title")).contains("{emergencyNumber}")
                    && text.contains("even if the person")) {
                calls.add(id);
            }
        });
        if (!calls.equals(Set.of(CALL_NOW, CALL_IF_IMMINENT))) {
            throw new IllegalStateException("calls against the person's wishes in the catalog are now " + calls);
        }
        return Collections.unmodifiableSet(calls);
    }

    /** Checks every invariant on one situation; {@code again} is its guidance from a second advisor. */
    void check(Situation s, Guidance g, Guidance again) {
        situations.increment();
        List<Recommendation> recs = g.recommendations();

        expect(Invariant.AT_LEAST_ONE_RECOMMENDATION, !recs.isEmpty(), s, g, () -> "no recommendation");

        boolean ranks = true;
        for (int i = 0; i < recs.size(); i++) {
            ranks &= recs.get(i).rank() == i + 1;
        }
        expect(Invariant.RANKS_ONE_TO_N, ranks, s, g, () -> "ranks not 1..n");

        Set<String> ids = new HashSet<>();
        boolean unique = true;
        for (Recommendation r : recs) {
            unique &= ids.add(r.actionId());
        }
        expect(Invariant.NO_DUPLICATE_ACTION, unique, s, g, () -> "duplicate action");

        String badSource = null;
        for (Recommendation r : recs) {
            if (r.sources().isEmpty()) {
                badSource = r.actionId() + " cites nothing";
            }
            for (String src : r.sources()) {
                if (!INVENTORY.contains(src)) {
                    badSource = r.actionId() + " cites " + src;
                }
            }
        }
        String source = badSource;
        expect(Invariant.SOURCES_IN_INVENTORY, source == null, s, g, () -> source);

        String foreign = foreignWords(s.getCountry(), recs);
        expect(Invariant.ONLY_OWN_COUNTRYS_NUMBERS, foreign == null, s, g, () -> foreign);

        boolean survivor = s.getAudience() == Audience.SURVIVOR;
        if (survivor && Boolean.TRUE.equals(s.getImmediateDanger()) && Boolean.TRUE.equals(s.getPerpetratorOnPremises())) {
            boolean help = recs.stream().limit(3).anyMatch(r -> WAYS_TO_GET_HELP.contains(r.actionId()));
            expect(Invariant.SURVIVOR_HELP_IN_TOP_3, help, s, g, () -> "no way to get help in the top 3");
        }
        if (survivor && Boolean.FALSE.equals(s.getCanSpeakSafely())) {
            expect(Invariant.CANNOT_SPEAK_NO_VOICE_CALL_FIRST,
                    recs.isEmpty() || !recs.get(0).exposures().contains(Exposure.VOICE_CALL), s, g, () -> "voice call first");
        }

        int lastImmediate = -1;
        int firstLater = Integer.MAX_VALUE;
        for (int i = 0; i < recs.size(); i++) {
            Urgency u = recs.get(i).urgency();
            if (u == Urgency.IMMEDIATE) {
                lastImmediate = i;
            } else if ((u == Urgency.PLANNING || u == Urgency.INFORMATION) && firstLater == Integer.MAX_VALUE) {
                firstLater = i;
            }
        }
        expect(Invariant.NOTHING_FOR_LATER_ABOVE_IMMEDIATE, firstLater > lastImmediate, s, g,
                () -> "a PLANNING/INFORMATION item above an IMMEDIATE one");

        if (s.getAudience() == Audience.PRACTITIONER) {
            if (s.getWantsHelpContacted() == HelpWanted.NO && !Boolean.TRUE.equals(s.getPerpetratorOnPremises())) {
                // Never "call now" against their wishes. The conditional "if the abuser is on the
                // premises and a threat imminent, call" restates the 000-6 exception; it is allowed
                // only while it is not known whether the abuser is there, never when known absent.
                boolean ok = g.find(CALL_NOW).isEmpty()
                        && (s.getPerpetratorOnPremises() == null || g.find(CALL_IF_IMMINENT).isEmpty());
                expect(Invariant.PRACTITIONER_NO_CALL_AGAINST_WISHES, ok, s, g, () -> "emergency call against their wishes");
            }
            if (Boolean.TRUE.equals(s.getImmediateDanger()) && Boolean.TRUE.equals(s.getPerpetratorOnPremises())) {
                String first = Boolean.TRUE.equals(s.getPolicePresent()) ? ALERT_OFFICERS : CALL_NOW;
                expect(Invariant.PRACTITIONER_CALL_FIRST, !recs.isEmpty() && recs.get(0).actionId().equals(first),
                        s, g, () -> "the emergency call is not first");
            }
        }

        expect(Invariant.DETERMINISM, g.equals(again), s, g, () -> "a second evaluation differs: " + again);
    }

    /** The first word of another country's numbers or schemes in the guidance, or null. */
    static String foreignWords(String country, List<Recommendation> recs) {
        String jurisdiction = "US".equals(country) || "GB".equals(country) ? country : "other";
        for (Recommendation r : recs) {
            // Texts are rendered once per action and jurisdiction: remember each verdict.
            String verdict = VERDICTS.computeIfAbsent(new Words(jurisdiction, r.title(), r.text()),
                    w -> foreignWords(w.jurisdiction(), w.title() + "\n" + w.text()));
            if (!verdict.isEmpty()) {
                return r.actionId() + verdict;
            }
        }
        return null;
    }

    private record Words(String jurisdiction, String title, String text) {
    }

    private static final Map<Words, String> VERDICTS = new ConcurrentHashMap<>();

    /** What in {@code words} belongs to another jurisdiction ("" if nothing). */
    private static String foreignWords(String jurisdiction, String words) {
        if (!"US".equals(jurisdiction)) {
            for (String us : US_ONLY) {
                if (words.contains(us)) {
                    return " says \"" + us + "\"";
                }
            }
        }
        if (!"GB".equals(jurisdiction)) {
            for (String gb : GB_ONLY) {
                if (words.contains(gb)) {
                    return " says \"" + gb + "\"";
                }
            }
            if (SILENT_55.matcher(words).find()) {
                return " says \"55\"";
            }
        }
        if ("other".equals(jurisdiction) && DIGIT.matcher(words).find()) {
            return " has a number";
        }
        return "";
    }

    private void expect(Invariant invariant, boolean holds, Situation s, Guidance g, Supplier<String> what) {
        checked.get(invariant).increment();
        if (!holds && failed.get(invariant).incrementAndGet() <= EXAMPLES_KEPT) {
            examples.add(invariant.name() + ": " + what.get() + "\n    situation " + describe(s)
                    + "\n    guidance  " + g.recommendations());
        }
    }

    /** The known fields of a situation, for failure reports (test data only; the library never prints these). */
    static String describe(Situation s) {
        StringBuilder out = new StringBuilder("{");
        for (SituationField f : SituationField.all()) {
            Object v = f.get(s);
            if (v != null && !(f.name().equals("audience") && !s.isAudienceKnown())) {
                out.append(out.length() > 1 ? ", " : "").append(f.name()).append('=').append(SituationField.show(v));
            }
        }
        return out.append('}').toString();
    }

    long situations() {
        return situations.sum();
    }

    long checked(Invariant i) {
        return checked.get(i).sum();
    }

    long failed(Invariant i) {
        return failed.get(i).get();
    }

    long failures() {
        return failed.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Counts per invariant, one line each; no situation data. */
    String counts(String title) {
        StringBuilder out = new StringBuilder(title + ": " + situations() + " situations\n");
        for (Invariant i : Invariant.values()) {
            out.append(String.format("  %-36s checked %,10d  failed %,d%n", i.name(), checked(i), failed(i)));
        }
        return out.toString();
    }

    /** The failures: counts per invariant and the first few examples in full. */
    String failureReport() {
        StringBuilder out = new StringBuilder(failures() + " invariant failures\n");
        for (Invariant i : Invariant.values()) {
            if (failed(i) > 0) {
                out.append("  ").append(i.name()).append(" (").append(i.description).append("): ")
                        .append(failed(i)).append(" of ").append(checked(i)).append('\n');
            }
        }
        synchronized (examples) {
            examples.forEach(e -> out.append(e).append('\n'));
        }
        return out.toString();
    }
}
