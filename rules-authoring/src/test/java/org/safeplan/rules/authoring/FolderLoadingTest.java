package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.compiler.CheckedFolderLoader;
import org.safeplan.rules.internal.engine.FolderLoader;

/** rules-authoring is what rules-core finds, through META-INF/services, to load content folders. */
class FolderLoadingTest {

    @TempDir
    Path temp;

    @Test
    void rulesCoreFindsItWithTheServiceLoader() {
        assertThat(FolderLoader.installed()).isInstanceOf(CheckedFolderLoader.class);
    }

    @Test
    void aContentFolderLoadsThroughIt() throws java.io.IOException {
        ContentFixture content = ContentFixture.copyTo(temp);
        String manifest = java.nio.file.Files.readString(content.root().resolve("META-INF/safeplan/content.yaml"));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("(?m)^version: *(\\S+)").matcher(manifest);
        assertThat(version.find()).isTrue();
        assertThat(SafetyAdvisor.create(ContentSource.folder(content.root())).contentVersion()).isEqualTo(version.group(1));
    }

    @Test
    void nothingIsCompiledBeforeTheFolderPassesTheChecks() {
        ContentFixture content = ContentFixture.copyTo(temp)
                .edit(ContentFixture.DANGER, "advice.recommend(\"leave-the-kitchen\");",
                        "System.exit(0); advice.recommend(\"leave-the-kitchen\");");
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(content.root())))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith(ContentFixture.DANGER + ":15: ");
    }
}
