package org.safeplan.guidance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.HelpWanted;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.ProtectiveOrder;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * The safety invariants of issues 5 and 10, checked on one situation and its guidance at a time.
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
        DETERMINISM("same situation, equal guidance (second advisor)"),
        TRACE_CARRIES_ITS_CAUTION("survivor who lives or may live with the abuser: a written or digital trace carries its caution"),
        OUTSIDE_RANK_1_NOT_INTO_THE_HOUSE("garden or away, abuser there or maybe: rank 1 sends nobody into the house or a room"),
        NO_PHONE_REACH_ONE_BEFORE_CALLING("no phone: a way to a phone or the alarm ranks above every call now"),
        CANNOT_SPEAK_SILENT_ROUTE_IN_TOP_3("survivor cannot speak, danger or maybe: a route needing no speech in the top 3"),
        NEVER_TOGETHER("actions the catalog says contradict each other never appear together (complete list)"),
        CRISIS_BUDGET("survivor load budget: in danger <= 5 IMMEDIATE and <= 8 in all; otherwise <= 12"),
        PRACTITIONER_SPECIFIC_STEP_FIRST("practitioner: the situation's specific urgent step ranks above the generic items");

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

    /**
     * The unconditional "call now", worded by what the person said they want (review m9): NO, the
     * 000-6 exception; YES, with them; not known or undecided, "even if the person does not want".
     * The other states the 000-6 exception as a condition.
     */
    static final String CALL_NOW = "call-emergency-services-now";
    static final String CALL_NOW_WITH_THEM = "call-emergency-services-now-with-them";
    static final String CALL_NOW_WISHES_UNKNOWN = "call-emergency-services-now-wishes-unknown";
    static final Set<String> CALLS_NOW = Set.of(CALL_NOW, CALL_NOW_WITH_THEM, CALL_NOW_WISHES_UNKNOWN);
    static final String CALL_IF_IMMINENT = "call-emergency-if-threat-is-imminent";
    /** With police already on the scene, the 000-6 call becomes alerting the officers there. */
    static final String ALERT_OFFICERS = "alert-the-officers-on-scene";

    /** The numbers and services each loaded pack names: none may reach another country. */
    private static final PackWords PACK_WORDS = PackWords.of(GuidanceSources.jurisdictions());

    private static final int EXAMPLES_KEPT = 20;

    /** Caution ids by the exposure tags they guard, from the catalog's cautions. */
    static final Map<String, Set<String>> CAUTIONS_BY_EXPOSURE = cautionsByExposure();

    /**
     * Without a phone, what gets the person to a phone or raises the alarm without one: reaching a
     * phone, a neighbour (also in the one line that says "if you can't get out, lock yourself in"),
     * the agreed danger signal, an officer on the scene.
     */
    static final Set<String> REACH_A_PHONE_OR_ALARM = inCatalog(Set.of("get-to-a-phone", "get-to-a-phone-in-the-us",
            "go-to-a-neighbour", "go-to-a-neighbour-or-lock-yourself-in", "signal-danger-now",
            "tell-an-officer-you-are-in-danger"));

    /**
     * Routes to help that need no speaking: silent calls and texts (SILENT_CALL), the signal, calling
     * later (and, with officers on the scene, telling one later, out of the abuser's hearing).
     */
    static final Set<String> SILENT_ROUTES = silentRoutes();

    /** A practitioner's generic conversation items (000-2 to 000-5), which a specific urgent step precedes. */
    static final Set<String> PRACTITIONER_GENERIC = inCatalog(Set.of("ask-what-has-worked-before",
            "tell-them-about-the-hotline", "offer-a-private-phone", "offer-to-call-for-them"));
    static final String PRACTITIONER_MEDICAL = "help-them-get-medical-care";
    static final String PRACTITIONER_ORDER_SERVED = "warn-about-escalation-after-service";
    static final String PRACTITIONER_SAFEGUARDING = "report-safeguarding-concerns";
    static final String PRACTITIONER_SAFE_PLACE = "help-them-find-a-safe-place";

    /** Pairs the catalog says must never appear together ({@code neverWith}). */
    static final Map<String, List<String>> NEVER_WITH = neverWith();

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
        GuidanceSources.actionsById().forEach((id, action) -> {
            List<String> exposures = GuidanceSources.strings(action, "exposures");
            if ("IMMEDIATE".equals(action.get("urgency"))
                    && (exposures.contains("VOICE_CALL") || exposures.contains("SILENT_CALL"))) {
                ways.add(id);
            }
        });
        Set<String> byId = Set.of("go-to-a-neighbour", "go-to-a-neighbour-or-lock-yourself-in", "get-to-a-phone",
                "get-to-a-phone-in-the-us", "use-your-battery-for-help", "signal-danger-now",
                "tell-an-officer-you-are-in-danger", "tell-an-officer-out-of-earshot", "wait-for-the-officers");
        if (!GuidanceSources.actionsById().keySet().containsAll(byId)) {
            throw new IllegalStateException("the catalog no longer has all of " + byId);
        }
        ways.addAll(byId);
        if (!ways.equals(DangerOrderingTest.WAYS_TO_GET_HELP)) {
            throw new IllegalStateException("ways to get help derived from the catalog " + ways
                    + " differ from DangerOrderingTest.WAYS_TO_GET_HELP " + DangerOrderingTest.WAYS_TO_GET_HELP);
        }
        return Collections.unmodifiableSet(ways);
    }

    private static Set<String> inCatalog(Set<String> ids) {
        if (!GuidanceSources.actionsById().keySet().containsAll(ids)) {
            Set<String> missing = new TreeSet<>(ids);
            missing.removeAll(GuidanceSources.actionsById().keySet());
            throw new IllegalStateException("the catalog no longer has " + missing + ": update the invariant");
        }
        return Set.copyOf(ids);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> cautionsByExposure() {
        Map<String, Set<String>> out = new HashMap<>();
        Object cautions = GuidanceSources.yaml(GuidanceSources.GUIDANCE.resolve("actions.yaml")).get("cautions");
        for (Map<String, Object> c : cautions == null ? List.<Map<String, Object>>of() : (List<Map<String, Object>>) cautions) {
            for (String guarded : GuidanceSources.strings(c, "guards")) {
                out.computeIfAbsent(guarded, k -> new TreeSet<>()).add((String) c.get("id"));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> silentRoutes() {
        Set<String> routes = new TreeSet<>(inCatalog(Set.of("signal-danger-now", "call-when-you-can-speak",
                "tell-an-officer-out-of-earshot")));
        GuidanceSources.actionsById().forEach((id, action) -> {
            if ("IMMEDIATE".equals(action.get("urgency")) && GuidanceSources.strings(action, "exposures").contains("SILENT_CALL")) {
                routes.add(id);
            }
        });
        return Collections.unmodifiableSet(routes);
    }

    private static Map<String, List<String>> neverWith() {
        Map<String, List<String>> out = new HashMap<>();
        GuidanceSources.actionsById().forEach((id, action) -> {
            List<String> others = GuidanceSources.strings(action, "neverWith");
            if (!others.isEmpty()) {
                out.put(id, others);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Actions whose text tells the practitioner to call {emergencyNumber} even if the person does not want it. */
    private static Set<String> callsAgainstWishes() {
        Set<String> calls = new TreeSet<>();
        GuidanceSources.actionsById().forEach((id, action) -> {
            String text = String.valueOf(action.get("text")).replaceAll("\\s+", " ");
            if (String.valueOf(action.get("title")).contains("{emergencyNumber}")
                    && text.contains("even if the person")) {
                calls.add(id);
            }
        });
        if (!calls.equals(Set.of(CALL_NOW, CALL_NOW_WISHES_UNKNOWN, CALL_IF_IMMINENT))) {
            throw new IllegalStateException("calls against the person's wishes in the catalog are now " + calls);
        }
        return Collections.unmodifiableSet(calls);
    }

    /**
     * Checks every invariant on one situation: {@code g} is its default guidance, {@code again} the
     * same from a second advisor, {@code complete} the complete list.
     */
    void check(Situation s, Guidance g, Guidance again, Guidance complete) {
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
                boolean ok = CALLS_NOW.stream().allMatch(id -> g.find(id).isEmpty())
                        && (s.getPerpetratorOnPremises() == null || g.find(CALL_IF_IMMINENT).isEmpty());
                expect(Invariant.PRACTITIONER_NO_CALL_AGAINST_WISHES, ok, s, g, () -> "emergency call against their wishes");
            }
            if (Boolean.TRUE.equals(s.getImmediateDanger()) && Boolean.TRUE.equals(s.getPerpetratorOnPremises())) {
                String first = Boolean.TRUE.equals(s.getPolicePresent()) ? ALERT_OFFICERS
                        : s.getWantsHelpContacted() == HelpWanted.NO ? CALL_NOW
                        : s.getWantsHelpContacted() == HelpWanted.YES ? CALL_NOW_WITH_THEM : CALL_NOW_WISHES_UNKNOWN;
                expect(Invariant.PRACTITIONER_CALL_FIRST, !recs.isEmpty() && recs.get(0).actionId().equals(first),
                        s, g, () -> "the emergency call is not first");
            }
        }

        expect(Invariant.DETERMINISM, g.equals(again), s, g, () -> "a second evaluation differs: " + again);

        if (survivor) {
            survivorInvariants(s, g, recs);
        } else if (s.getAudience() == Audience.PRACTITIONER) {
            practitionerSpecificStepFirst(s, g, recs);
        }
        for (Recommendation r : complete.recommendations()) {
            for (String other : NEVER_WITH.getOrDefault(r.actionId(), List.of())) {
                expect(Invariant.NEVER_TOGETHER, complete.find(other).isEmpty(), s, complete,
                        () -> r.actionId() + " together with " + other);
            }
        }
    }

    private void survivorInvariants(Situation s, Guidance g, List<Recommendation> recs) {
        if (!Boolean.FALSE.equals(s.getLivesWithPerpetrator())) {
            for (Recommendation r : recs) {
                for (Exposure trace : List.of(Exposure.WRITTEN_TRACE, Exposure.DIGITAL_TRACE)) {
                    if (r.exposures().contains(trace)) {
                        Set<String> guarding = CAUTIONS_BY_EXPOSURE.getOrDefault(trace.name(), Set.of());
                        expect(Invariant.TRACE_CARRIES_ITS_CAUTION,
                                r.cautions().stream().anyMatch(c -> guarding.contains(c.id())), s, g,
                                () -> r.actionId() + " (" + trace + ") without a caution guarding it");
                    }
                }
            }
        }
        if ((s.getLocation() == Location.GARDEN || s.getLocation() == Location.AWAY_FROM_HOME)
                && !Boolean.FALSE.equals(s.getPerpetratorOnPremises()) && !recs.isEmpty()) {
            Recommendation first = recs.get(0);
            expect(Invariant.OUTSIDE_RANK_1_NOT_INTO_THE_HOUSE, !first.exposures().contains(Exposure.LEAVES_ROOM)
                    && !first.actionId().startsWith("lock-the-door"), s, g, () -> first.actionId() + " first");
        }
        if (s.getPhoneAccess() == PhoneAccess.NONE || s.getPhoneAccess() == PhoneAccess.ELSEWHERE) {
            int firstCall = indexOf(recs, r -> r.urgency() == Urgency.IMMEDIATE
                    && (r.exposures().contains(Exposure.VOICE_CALL) || r.exposures().contains(Exposure.SILENT_CALL)));
            int firstReach = indexOf(recs, r -> REACH_A_PHONE_OR_ALARM.contains(r.actionId()));
            expect(Invariant.NO_PHONE_REACH_ONE_BEFORE_CALLING, firstCall < 0 || (firstReach >= 0 && firstReach < firstCall),
                    s, g, () -> "a call at rank " + (firstCall + 1) + " without a way to a phone or the alarm above it");
        }
        if (Boolean.FALSE.equals(s.getCanSpeakSafely()) && !Boolean.FALSE.equals(s.getImmediateDanger())) {
            expect(Invariant.CANNOT_SPEAK_SILENT_ROUTE_IN_TOP_3,
                    recs.stream().limit(3).anyMatch(r -> SILENT_ROUTES.contains(r.actionId())), s, g,
                    () -> "no route needing no speech in the top 3");
        }
        boolean crisis = Boolean.TRUE.equals(s.getImmediateDanger());
        long immediate = recs.stream().filter(r -> r.urgency() == Urgency.IMMEDIATE).count();
        expect(Invariant.CRISIS_BUDGET, crisis ? immediate <= 5 && recs.size() <= 8 : recs.size() <= 12, s, g,
                () -> recs.size() + " items, " + immediate + " IMMEDIATE");
    }

    private void practitionerSpecificStepFirst(Situation s, Guidance g, List<Recommendation> recs) {
        List<String> required = new ArrayList<>();
        if (Boolean.TRUE.equals(s.getInjured())) {
            required.add(PRACTITIONER_MEDICAL);
        }
        if (s.getProtectiveOrder() == ProtectiveOrder.JUST_SERVED) {
            required.add(PRACTITIONER_ORDER_SERVED);
        }
        for (String step : required) {
            expect(Invariant.PRACTITIONER_SPECIFIC_STEP_FIRST, g.find(step).isPresent(), s, g, () -> step + " missing");
        }
        if (Boolean.TRUE.equals(s.getImmediateDanger())) {
            expect(Invariant.PRACTITIONER_SPECIFIC_STEP_FIRST, !recs.isEmpty() && recs.get(0).urgency() == Urgency.IMMEDIATE,
                    s, g, () -> "danger now, but no IMMEDIATE step first");
        }
        int firstGeneric = indexOf(recs, r -> PRACTITIONER_GENERIC.contains(r.actionId()));
        if (firstGeneric >= 0) {
            for (String step : List.of(PRACTITIONER_MEDICAL, PRACTITIONER_ORDER_SERVED, PRACTITIONER_SAFEGUARDING,
                    PRACTITIONER_SAFE_PLACE)) {
                g.find(step).ifPresent(r -> expect(Invariant.PRACTITIONER_SPECIFIC_STEP_FIRST, r.rank() - 1 < firstGeneric,
                        s, g, () -> step + " below a generic item"));
            }
        }
    }

    private static int indexOf(List<Recommendation> recs, java.util.function.Predicate<Recommendation> test) {
        for (int i = 0; i < recs.size(); i++) {
            if (test.test(recs.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first word of another country's numbers or services in the guidance, or null. */
    static String foreignWords(String country, List<Recommendation> recs) {
        String jurisdiction = PACK_WORDS.countries().contains(country) ? country : null;
        for (Recommendation r : recs) {
            // Texts are rendered once per action and jurisdiction: remember each verdict.
            String verdict = VERDICTS.computeIfAbsent(new Words(jurisdiction, r.title(), r.text()),
                    w -> PACK_WORDS.foreign(w.jurisdiction(), w.title() + "\n" + w.text()));
            if (!verdict.isEmpty()) {
                return r.actionId() + verdict;
            }
        }
        return null;
    }

    private record Words(String jurisdiction, String title, String text) {
    }

    private static final Map<Words, String> VERDICTS = new ConcurrentHashMap<>();

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
