package org.safeplan.rules.internal.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.safeplan.rules.content.ContentException;

/**
 * Compiles rule files at load time, for content folders that were not built with Maven. Slower
 * to start than the precompiled model (seconds), never used for the bundled content.
 */
final class DrlCompiler {

    private static final String SOURCE_ROOT = "src/main/resources/";

    private DrlCompiler() {
    }

    /** Compiles the named DRL files of a folder (names relative to it) to the executable model; build errors become file:line problems. */
    static KieBase compile(Path folder, List<String> drlNames) {
        KieServices ks = KieServices.get();
        // A release id of our own, removed again below: never the default module a partner app's
        // own rules may use, and nothing left behind in Drools' global repository.
        ReleaseId releaseId = ks.newReleaseId("org.safeplan.content", "folder-" + UUID.randomUUID(), "0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (String name : drlNames) {
            kfs.write(SOURCE_ROOT + name, read(folder, name));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(where(m) + m.getText().trim());
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new ContentException(problems);
        }
        try {
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static String read(Path folder, String name) {
        try {
            return Files.readString(folder.resolve(name));
        } catch (IOException e) {
            throw new ContentException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String where(Message m) {
        String file = m.getPath() == null ? "rules" : m.getPath();
        if (file.startsWith(SOURCE_ROOT)) {
            file = file.substring(SOURCE_ROOT.length());
        }
        return file + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": ";
    }
}
