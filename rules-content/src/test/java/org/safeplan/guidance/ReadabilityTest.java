package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.internal.catalog.Jurisdictions;

/**
 * Plain language: the texts a survivor reads stay easy to read, measured by the Flesch-Kincaid grade
 * level (see {@link Readability} for how sentences, words and syllables are counted).
 *
 * <p>Survivor texts are derived from the content, never listed here: every catalog action that some
 * rule addressed to the survivor recommends (its conditions name {@code Audience.SURVIVOR}), scored as
 * one passage (the title as one sentence, then the text), with {@code {placeholders}} filled with the
 * default wording of the jurisdiction packs (see {@link #defaultValues()}); and, if the catalog has a top-level {@code cautions}
 * list, the text of every caution whose id does not start with {@code practitioner-}.
 *
 * <p>Median is the usual one (the middle value, or the mean of the two middle values of an even
 * count); the 90th percentile is the nearest-rank one: the value at rank ⌈0.9 × n⌉ of the grades in
 * ascending order.
 */
class ReadabilityTest {

    /** The requirement: survivor texts at a median grade of at most 6 ... */
    static final double MAX_MEDIAN_GRADE = 6.0;
    /** ... and a 90th percentile (nearest rank) of at most 8. */
    static final double MAX_P90_GRADE = 8.0;
    /** How many of the hardest texts a failure lists, for the author to simplify. */
    static final int HARDEST_SHOWN = 10;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** A scored passage: where it comes from (action or caution id) and its grade. */
    record Scored(String id, String passage, double grade) {
    }

    /** The ids of the catalog actions that some survivor rule recommends, in rule order. */
    static Set<String> survivorActionIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            if (rule.recommends() != null && rule.when().contains("Audience.SURVIVOR")) {
                ids.add(rule.recommends());
            }
        }
        return ids;
    }

    /**
     * The English placeholder values of the {@code default} jurisdiction, as the loader reads them;
     * a placeholder that only a capability fills (empty there, such as the silent route's name) takes
     * the first pack's value that has one, as the reader sees it where the action is given.
     */
    static Map<String, String> defaultValues() {
        Jurisdictions jurisdictions = GuidanceSources.jurisdictions();
        Map<String, String> values = new LinkedHashMap<>(jurisdictions.values(Jurisdictions.DEFAULT));
        values.replaceAll((placeholder, value) -> !value.isEmpty() ? value : jurisdictions.packs().keySet().stream()
                .map(country -> jurisdictions.values(country).get(placeholder))
                .filter(v -> !v.isEmpty()).findFirst().orElse(value));
        return values;
    }

    static String fill(String id, String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            assertThat(values).as("%s: placeholder {%s} has a default value", id, m.group(1)).containsKey(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The title, made one sentence, followed by the text. */
    static String passage(String title, String text) {
        String t = title.strip();
        return (t.matches(".*[.!?]$") ? t : t + ".") + " " + text.strip();
    }

    /** Every survivor text, filled and scored. */
    static List<Scored> survivorTexts() {
        Map<String, String> values = defaultValues();
        Map<String, Map<String, Object>> catalog = GuidanceSources.actionsById();
        List<Scored> out = new ArrayList<>();
        for (String id : survivorActionIds()) {
            Map<String, Object> action = catalog.get(id);
            assertThat(action).as("action %s recommended by a survivor rule is in the catalog", id).isNotNull();
            String passage = passage(fill(id, String.valueOf(action.get("title")), values),
                    fill(id, String.valueOf(action.get("text")), values));
            out.add(new Scored(id, passage, Readability.grade(passage)));
        }
        out.addAll(survivorCautions(GuidanceSources.yaml(GuidanceSources.GUIDANCE.resolve("actions.yaml")), values));
        return out;
    }

    /** The texts of the catalog's top-level {@code cautions} not for practitioners, scored; none without the key. */
    @SuppressWarnings("unchecked")
    static List<Scored> survivorCautions(Map<String, Object> catalog, Map<String, String> values) {
        List<Scored> out = new ArrayList<>();
        Object cautions = catalog.get("cautions");
        if (cautions != null) {
            for (Map<String, Object> caution : (List<Map<String, Object>>) cautions) {
                String id = String.valueOf(caution.get("id"));
                if (!id.startsWith("practitioner-")) {
                    String text = fill(id, String.valueOf(caution.get("text")), values).strip();
                    out.add(new Scored("caution " + id, text, Readability.grade(text)));
                }
            }
        }
        return out;
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile of values sorted in ascending order. */
    static double nearestRank(List<Double> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    @Test
    void survivorTextsAreInPlainLanguage() {
        List<Scored> scored = survivorTexts();
        assertThat(scored).as("survivor texts found in the content").isNotEmpty();
        List<Double> grades = scored.stream().map(Scored::grade).sorted().toList();
        double median = median(grades);
        double p90 = nearestRank(grades, 90);
        double max = grades.get(grades.size() - 1);
        System.out.printf(Locale.ROOT, "Readability of survivor texts (Flesch-Kincaid grade): count %d, median %.2f,"
                + " p90 %.2f, max %.2f%n", scored.size(), median, p90, max);

        String hardest = scored.stream().sorted(Comparator.comparingDouble(Scored::grade).reversed())
                .limit(HARDEST_SHOWN)
                .map(s -> String.format(Locale.ROOT, "  %5.2f  %s: %s", s.grade(), s.id(), s.passage()))
                .collect(Collectors.joining("\n", "the hardest survivor texts, to simplify first:\n", ""));
        assertThat(median).as("median grade of %d survivor texts (limit %.1f)\n%s", scored.size(), MAX_MEDIAN_GRADE,
                hardest).isLessThanOrEqualTo(MAX_MEDIAN_GRADE);
        assertThat(p90).as("90th percentile (nearest rank) grade of %d survivor texts (limit %.1f)\n%s", scored.size(),
                MAX_P90_GRADE, hardest).isLessThanOrEqualTo(MAX_P90_GRADE);
    }

    @Test
    void syllablesAreCountedLikeEnglish() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        // Vowel groups, y as a vowel but not before a vowel or at the start.
        expected.put("cat", 1);
        expected.put("help", 1);
        expected.put("order", 2);
        expected.put("danger", 2);
        expected.put("domestic", 3);
        expected.put("dangerous", 3);
        expected.put("you", 1);
        expected.put("your", 1);
        expected.put("beyond", 2);
        expected.put("day", 1);
        expected.put("away", 2);
        expected.put("party", 2);
        expected.put("been", 1);
        // Silent final e, but a sounded consonant + le.
        expected.put("safe", 1);
        expected.put("house", 1);
        expected.put("the", 1);
        expected.put("police", 2);
        expected.put("there", 1);
        expected.put("before", 2);
        expected.put("free", 1);
        expected.put("agree", 2);
        expected.put("table", 2);
        expected.put("people", 2);
        expected.put("little", 2);
        expected.put("while", 1);
        // -ed and -es.
        expected.put("called", 1);
        expected.put("used", 1);
        expected.put("served", 1);
        expected.put("happened", 2);
        expected.put("wanted", 2);
        expected.put("needed", 2);
        expected.put("agreed", 2);
        expected.put("settled", 2);
        expected.put("makes", 1);
        expected.put("times", 1);
        expected.put("uses", 2);
        expected.put("places", 2);
        expected.put("changes", 2);
        expected.put("tables", 2);
        expected.put("cities", 2);
        // Silent e before a suffix.
        expected.put("safely", 2);
        expected.put("safety", 2);
        expected.put("statements", 2);
        expected.put("relatively", 4);
        expected.put("settlement", 3);
        // -ing after a vowel; ia/io split after most consonants.
        expected.put("being", 2);
        expected.put("going", 2);
        expected.put("thing", 1);
        expected.put("violent", 3);
        expected.put("diary", 3);
        expected.put("serious", 3);
        expected.put("action", 2);
        expected.put("social", 2);
        // Compounds, apostrophes, hyphens, numbers.
        expected.put("someone", 2);
        expected.put("anywhere", 3);
        expected.put("nothing", 2);
        expected.put("can't", 1);
        expected.put("neighbour's", 2);
        expected.put("co-workers", 3);
        expected.put("day-care", 2);
        expected.put("911", 1);
        Map<String, Integer> counted = new LinkedHashMap<>();
        expected.keySet().forEach(w -> counted.put(w, Readability.syllables(w)));
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void wordsAndSentencesAreCountedAsDocumented() {
        assertThat(Readability.words("Can't speak? Press 55, co-workers - now.")).containsExactly("Can't", "speak",
                "Press", "55", "co-workers", "now");
        assertThat(Readability.sentences("Lock the door. Call for help now!")).isEqualTo(2);
        assertThat(Readability.sentences("Take extra care now: the order has just been served.")).isEqualTo(1);
        assertThat(Readability.sentences("Stay safe; call when you can")).isEqualTo(1);
        assertThat(Readability.sentences("Wait... What?! Go.")).isEqualTo(3);
        assertThat(Readability.sentences("It costs 1.5 pounds.")).isEqualTo(1);
    }

    @Test
    void theGradeFollowsTheFleschKincaidFormula() {
        // 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
        assertThat(Readability.counts("The cat sat on the mat.")).isEqualTo(new Readability.Counts(1, 6, 6));
        assertThat(Readability.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(1e-9));
        // 7 words, 2 sentences, 7 syllables: 0.39 * 3.5 + 11.8 * 1 - 15.59 = -2.425
        assertThat(Readability.grade("Lock the door. Call for help now.")).isCloseTo(-2.425, within(1e-9));
        // Take extra(2) care now: the order(2) has just been served: 10 words, 12 syllables, 1 sentence:
        // 0.39 * 10 + 11.8 * 1.2 - 15.59 = 3.9 + 14.16 - 15.59 = 2.47
        assertThat(Readability.counts("Take extra care now: the order has just been served."))
                .isEqualTo(new Readability.Counts(1, 10, 12));
        assertThat(Readability.grade("Take extra care now: the order has just been served.")).isCloseTo(2.47,
                within(1e-9));
        // Domestic(3) violence(3) is(1) dangerous(3): 4 words, 10 syllables, 1 sentence:
        // 0.39 * 4 + 11.8 * 2.5 - 15.59 = 1.56 + 29.5 - 15.59 = 15.47
        assertThat(Readability.grade("Domestic violence is dangerous.")).isCloseTo(15.47, within(1e-9));
    }

    @Test
    void statisticsAreTheUsualMedianAndTheNearestRankPercentile() {
        List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(median(ten)).isEqualTo(5.5);
        assertThat(nearestRank(ten, 90)).isEqualTo(9.0);
        List<Double> eleven = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0);
        assertThat(median(eleven)).isEqualTo(6.0);
        assertThat(nearestRank(eleven, 90)).isEqualTo(10.0); // rank ceil(9.9) = 10
    }

    @Test
    void cautionsCountWhenTheCatalogHasThemExceptThoseForPractitioners() {
        Map<String, String> values = Map.of("hotline", "a helpline");
        assertThat(survivorCautions(Map.of("actions", List.of()), values)).isEmpty();
        List<Scored> scored = survivorCautions(Map.of("cautions", List.of(
                Map.of("id", "written-trace", "text", "Hide it. Call {hotline}.", "sources", List.of("002-8")),
                Map.of("id", "practitioner-paperwork", "text", "Ask them.", "sources", List.of("000-8")))), values);
        assertThat(scored).extracting(Scored::id, Scored::passage)
                .containsExactly(tuple("caution written-trace", "Hide it. Call a helpline."));
    }

    @Test
    void titlesBecomeOneSentenceOfThePassage() {
        assertThat(passage("Get out of the kitchen", " Knives can hurt you.\n"))
                .isEqualTo("Get out of the kitchen. Knives can hurt you.");
        assertThat(passage("Battery low? Use your phone to get help first", "x."))
                .startsWith("Battery low? Use your phone to get help first. ");
        assertThat(fill("t", "Call {emergencyNumber}.", Map.of("emergencyNumber", "your local emergency number")))
                .isEqualTo("Call your local emergency number.");
    }
}
