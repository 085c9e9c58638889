package org.safeplan.rules.internal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Situation;
import org.safeplan.rules.TranslationStatus;
import org.safeplan.rules.content.Jurisdiction;
import org.safeplan.rules.content.Recommended;

/** The fact model the validator allows must follow the public API as it grows. */
class FactModelTest {

    @Test
    void everyValueListOfThePublicApiCanBeUsedInConditions() throws Exception {
        Path location = Path.of(Situation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // rules-core's classes folder, or its jar when the build has packaged it
        FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
        Path root = jar == null ? location : jar.getPath("/");
        List<Class<?>> enums = new ArrayList<>();
        try (jar) {
            // the situation's and the catalog's value lists, and the jurisdiction fact's
            for (String pkg : FactModel.PACKAGES) {
                try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = file.getFileName().toString().replace(".class", "");
                        Class<?> type = Class.forName(pkg + "." + name);
                        if (type.isEnum() && !name.contains("$")) {
                            enums.add(type);
                        }
                    }
                }
            }
        }
        // Describes an answer's language, never a situation or an action: nothing for a rule to test.
        enums.remove(TranslationStatus.class);
        assertThat(FactModel.ENUMS).containsExactlyInAnyOrderElementsOf(enums);
    }

    @Test
    void fieldsAreTheFactsGetters() {
        assertThat(FactModel.fields(Situation.class)).contains("audience", "country", "immediateDanger", "location",
                "honourBasedAbuse", "wantsHelpContacted").doesNotContain("class", "knownFieldCount", "builder");
        assertThat(FactModel.fields(Recommended.class)).containsExactly("actionId", "exposures", "urgency");
        assertThat(FactModel.fields(Jurisdiction.class)).containsExactly("disclosureScheme", "emergencyNumber",
                "freeEmergencyCalls", "nationalHelpline", "silentCall", "textRoute", "ttyRoute");
    }
}
