package org.safeplan.rules.internal.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.engine.FileModels;
import org.safeplan.rules.internal.engine.RuleCompiler;

/**
 * Compiles rule files at load time, for content folders that were not built with Maven. Slower
 * to start than the precompiled model (seconds), never used for the bundled content.
 */
final class DrlCompiler implements RuleCompiler {

    private static final String SOURCE_ROOT = "src/main/resources/";

    /**
     * Compiles the named DRL files to the executable model in one build, the fastest way to compile
     * them all; build errors become file:line problems.
     */
    @Override
    public KieBase compile(Path folder, List<String> drlNames) {
        Map<String, String> sources = new LinkedHashMap<>();
        drlNames.forEach(name -> sources.put(name, read(folder, name)));
        KieServices ks = KieServices.get();
        ReleaseId releaseId = build(ks, sources);
        try {
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Compiles the named DRL files one by one, side by side on the available processors, reusing
     * the models of every file that {@code earlier} compiled from the same name and bytes: after
     * an edit, only the edited file is compiled. (Files can be compiled apart because none declares
     * a type, function or query another uses; {@code validate} refuses a rule name used twice.)
     *
     * @param earlier the models of the content being replaced, or null
     */
    @Override
    public FileModels compileByFile(Path folder, List<String> drlNames, FileModels earlier) {
        Map<String, List<Model>> models = new LinkedHashMap<>();
        Map<String, String> toCompile = new LinkedHashMap<>();
        for (String name : drlNames) {
            String key = FileModels.key(folder, name);
            List<Model> known = earlier == null ? null : earlier.byFile().get(key);
            models.put(key, known);
            if (known == null) {
                toCompile.put(key, name);
            }
        }
        compileEach(folder, toCompile).forEach(models::put);
        return new FileModels(models);
    }

    private static Map<String, List<Model>> compileEach(Path folder, Map<String, String> namesByKey) {
        Map<String, List<Model>> out = new LinkedHashMap<>();
        if (namesByKey.isEmpty()) {
            return out;
        }
        int threads = Math.min(namesByKey.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "safeplan-rule-compiler");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<List<Model>>> running = new LinkedHashMap<>();
            namesByKey.forEach((key, name) -> running.put(key, pool.submit(() -> compileOne(folder, name))));
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, Future<List<Model>>> e : running.entrySet()) {
                try {
                    out.put(e.getKey(), join(e.getValue()));
                } catch (ContentException problem) {
                    problems.addAll(problem.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new ContentException(problems);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The models of one rule file compiled on its own. */
    private static List<Model> compileOne(Path folder, String name) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = build(ks, Map.of(name, read(folder, name)));
        try {
            ClassLoader loader = ks.newKieContainer(releaseId).getClassLoader();
            return FileModels.load(loader, CanonicalKieModule.getModelFileWithGAV(releaseId));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Builds the sources (DRL text by file name) into a module of Drools' repository, under a
     * release id of our own: never the default module a partner app's own rules may use. The caller
     * removes it again, so that nothing is left behind in Drools' global repository.
     */
    private static ReleaseId build(KieServices ks, Map<String, String> sources) {
        ReleaseId releaseId = ks.newReleaseId("org.safeplan.content", "folder-" + UUID.randomUUID(), "0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        sources.forEach((name, text) -> kfs.write(SOURCE_ROOT + name, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(where(m) + m.getText().trim());
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new ContentException(problems);
        }
        return releaseId;
    }

    private static List<Model> join(Future<List<Model>> compiled) {
        try {
            return compiled.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentException("interrupted while compiling the rule files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ContentException("the rule files cannot be compiled: " + e.getCause(), e.getCause());
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
