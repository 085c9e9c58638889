package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.authoring.DiffReport;
import org.safeplan.rules.authoring.ScenarioFile;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.JurisdictionPack;

/**
 * A partner's jurisdiction pack without a build: through the builder, kept across a content swap,
 * refused whole when it has a problem, logged when past its review date (the file, never a
 * situation), and proven by {@code diff} to change the advice of its own country only.
 */
class PartnerPackTest {

    private static final Path PACK = JurisdictionTest.EXAMPLE_PACK;
    private static final JurisdictionPack EXAMPLE = JurisdictionTest.examplePack();

    @TempDir
    Path temp;

    private static String emergencyNumber() {
        return EXAMPLE.emergencyNumbers().get(0).number();
    }

    private static Situation inDanger(String country) {
        return Situation.builder().country(country).immediateDanger(true).build();
    }

    private static String words(SafetyAdvisor advisor, Situation s) {
        return advisor.advise(s, AdviceOptions.complete()).recommendations().stream()
                .map(r -> r.title() + "\n" + r.text()).reduce("", String::concat);
    }

    @Test
    void aPackAddedThroughTheBuilderGivesItsCountryItsOwnNumbers() {
        SafetyAdvisor advisor = SafetyAdvisor.builder().jurisdictions(PACK).build();
        assertThat(advisor.countries()).endsWith(EXAMPLE.country());
        assertThat(words(advisor, inDanger(EXAMPLE.country()))).contains(emergencyNumber());
        assertThat(words(SafetyAdvisor.create(), inDanger(EXAMPLE.country()))).doesNotContainPattern("\\d");
    }

    @Test
    void thePacksStayWithTheAdvisorAcrossASwap() throws IOException {
        SafetyAdvisor advisor = SafetyAdvisor.builder().jurisdictions(PACK).build();
        Path jar = ContentCopies.jar(temp.resolve("content.jar"), (name, text) -> text);
        advisor.swapContent(ContentSource.jar(jar));
        assertThat(advisor.countries()).contains(EXAMPLE.country());
        assertThat(words(advisor, inDanger(EXAMPLE.country()))).contains(emergencyNumber());
    }

    @Test
    void aPackWithAProblemIsRefusedWholeWithItsPlace() throws IOException {
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(PACK).replace("channel: phone", "channel: phon"));
        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictions(broken).build())
                .isInstanceOf(ContentException.class)
                .hasMessageContaining(broken + ":")
                .hasMessageContaining("field \"helplines[0].channel\": \"phon\" is not allowed (did you mean \"phone\"?);"
                        + " allowed values: phone, text, chat, email");
    }

    @Test
    void aPackForACountryTheContentHasNeedsOverrides() throws IOException {
        String bundled = GuidanceSources.countries().get(0);
        Path pack = temp.resolve(bundled + ".yaml");
        Files.writeString(pack, Files.readString(PACK).replace("country: " + EXAMPLE.country(), "country: " + bundled));
        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictions(pack).build())
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("the content already has a pack for " + bundled)
                .hasMessageContaining("add 'overrides: true' to this pack");
        Files.writeString(pack, "overrides: true\n" + Files.readString(pack));
        assertThat(SafetyAdvisor.builder().jurisdictions(pack).build().countries()).contains(bundled);
    }

    @Test
    void aPackPastItsReviewDateOrAnExampleLoadsWithAWarningNamingTheFileOnly() throws IOException {
        Path old = temp.resolve("old.yaml");
        Files.writeString(old, Files.readString(PACK).replaceFirst("reviewBy: \\S+", "reviewBy: 2001-01-01"));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Consumer<String> watcher = events::add;
        RecordedLogs.watch(watcher);
        SafetyAdvisor advisor;
        try {
            advisor = SafetyAdvisor.builder().jurisdictions(old).build();
            advisor.advise(inDanger(EXAMPLE.country()));
        } finally {
            RecordedLogs.unwatch(watcher);
        }
        assertThat(advisor.countries()).contains(EXAMPLE.country());
        assertThat(events).filteredOn(e -> e.contains(" WARN ") && e.contains("reviewBy")).singleElement().asString()
                .contains(old.toString()).contains("past its reviewBy date 2001-01-01");
        assertThat(events).filteredOn(e -> e.contains(" WARN ") && e.contains("is an example")).singleElement()
                .asString().contains(old.toString());
        assertThat(events).noneMatch(RecordedLogs::leaks);
    }

    /** The proof of the README: diff the content against itself with the pack added. */
    @Test
    void diffShowsThePackChangesTheAdviceOfItsCountryOnly() {
        Path content = ContentCopies.SOURCES;
        SituationSpace sweep = ContentDiff.sweep(content, content, List.of(PACK));
        assertThat(sweep.countries()).contains(EXAMPLE.country());
        DiffReport report = ContentDiff.compare(content, content, List.of(PACK),
                ScenarioFile.readFolder(Path.of("scenarios")), sweep, 2, AdviceOptions.defaults(), ContentDiff.Progress.NONE);
        assertThat(report.changed()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.situation().getCountry()).isEqualTo(EXAMPLE.country()));
        assertThat(report.rules()).isEmpty();
        List<String> numbers = EXAMPLE.numbers().stream().map(JurisdictionPack.PrintedNumber::number).toList();
        assertThat(report.rewordings()).isNotEmpty().allSatisfy(r -> assertThat(numbers)
                .as("%s re-worded with one of the pack's numbers", r.actionId())
                .anyMatch(n -> (r.after().title() + r.after().text()).contains(n)));
    }
}
