package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.drools.base.base.ValueResolver;
import org.drools.core.common.ReteEvaluator;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.rule.FactHandle;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.content.Jurisdiction;
import org.safeplan.rules.content.Recommended;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.CatalogAction;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Problems;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.explain.Explainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loaded version of the content, ready to advise: the rule base, the catalog and the texts
 * rendered per jurisdiction. Thread-safe; each call borrows an idle session (one per concurrent
 * caller at most) and retracts what it inserted before giving it back, so evaluation is stateless
 * while reusing session structures.
 */
public final class ContentBundle {

    /** Urgency tier first, then catalog priority, then id: never rule firing order. */
    private static final Comparator<CatalogAction> ORDER = Comparator
            .comparing(CatalogAction::urgency)
            .thenComparingInt(CatalogAction::priority)
            .thenComparing(CatalogAction::id);

    /**
     * When a survivor cannot speak safely, a voice call never leads its urgency tier. (For a
     * practitioner the call is theirs to make, so the person's voice does not matter.)
     */
    private static final Comparator<CatalogAction> ORDER_CANNOT_SPEAK = Comparator
            .comparing(CatalogAction::urgency)
            .thenComparing(a -> a.exposures().contains(Exposure.VOICE_CALL))
            .thenComparingInt(CatalogAction::priority)
            .thenComparing(CatalogAction::id);

    private static final Logger LOG = LoggerFactory.getLogger(ContentBundle.class);

    private final ContentManifest manifest;
    /** What the texts were made from, kept to render them again with partners' packs. */
    private final ContentParts parts;
    private final ActionCatalog catalog;
    private final Jurisdictions jurisdictions;
    private final ActionTexts texts;
    private final RuleBase rules;
    /** SHA-256 of the rule files a folder's rules were compiled from; null for precompiled content. */
    private final String ruleDigest;
    /** The models of each rule file, when compiled file by file (a swap); otherwise null. */
    private final FileModels fileModels;
    private final ActionTable actions;
    private final LanguageChoice languages;
    /** The class loader the precompiled rules were loaded from; null for a folder's. */
    private final ClassLoader classLoader;
    /**
     * The content this one adds partners' packs to, or null: kept reachable, as its content jar's
     * class loader is closed once it is not.
     */
    private final ContentBundle base;
    /** The levers chosen at load (see {@link EngineLevers}), kept for the bundles made from this one. */
    private final Set<EngineLevers> levers;
    /** How sessions are configured: the levers chosen at load (see {@link EngineLevers}). */
    private final KieSessionConfiguration sessions;
    /**
     * Idle sessions, each with its collector; a call takes one (or makes one) and gives it back.
     * The queue hands each session to one thread at a time, and its {@code offer} happens before the
     * {@code poll} that returns the same session, so one call's use of a session is ordered before the
     * next: what lets sessions run without Drools' locks ({@link EngineLevers#THREAD_UNSAFE}).
     */
    private final ConcurrentLinkedQueue<Evaluator> idle = new ConcurrentLinkedQueue<>();

    /** A session with the {@code advice} global set, used by one thread at a time. */
    private record Evaluator(KieSession session, Collector collector) {
    }

    private ContentBundle(ContentManifest manifest, ContentParts parts, RuleBase rules, String ruleDigest,
                          FileModels fileModels, ClassLoader classLoader, ContentBundle base, Set<EngineLevers> levers) {
        this.manifest = manifest;
        this.parts = parts;
        this.catalog = parts.catalog();
        this.jurisdictions = parts.jurisdictions();
        this.texts = parts.texts();
        this.base = base;
        this.rules = rules;
        this.ruleDigest = ruleDigest;
        this.fileModels = fileModels;
        this.classLoader = classLoader;
        this.actions = new ActionTable(List.copyOf(catalog.actions()), List.copyOf(catalog.cautions()), texts, ORDER,
                ORDER_CANNOT_SPEAK);
        this.languages = new LanguageChoice(actions);
        this.levers = levers;
        KieSession probe = rules.kieBase().newKieSession(EngineLevers.sessions(levers, false), null);
        boolean[] visible = FactVisibility.of(rules.kieBase(), (ValueResolver) probe, actions.facts());
        probe.dispose();
        actions.visible(visible);
        this.sessions = EngineLevers.sessions(levers, noneTrue(visible));
        idle.add(newEvaluator());
        warnIfDroolsTraces();
    }

    /**
     * Drools at TRACE logs the name of every rule it fires, and a rule's name says which facts
     * matched: such a log would record facts about the people advised. The library cannot stop
     * an application's logging configuration, so it says so, once per load, without any data.
     */
    private static void warnIfDroolsTraces() {
        if (LoggerFactory.getLogger("org.drools").isTraceEnabled()) {
            LOG.warn("Logging for org.drools is at TRACE: Drools then logs every rule it fires, which reveals facts"
                    + " about the situations advised on. Set org.drools to INFO or above.");
        }
    }

    /** Whether no consequence can insert a fact that some rule sees: then firing order cannot matter. */
    private static boolean noneTrue(boolean[] visible) {
        for (boolean v : visible) {
            if (v) {
                return false;
            }
        }
        return true;
    }

    private Evaluator newEvaluator() {
        // Not kept by the rule base: a rule base outlives this bundle when the next one reuses it.
        KieSession session = rules.kieBase().newKieSession(sessions, null);
        Collector collector = new Collector(actions, rules.idsByRule(), session,
                ((ReteEvaluator) session).getActivationsManager());
        session.setGlobal(Advice.GLOBAL_NAME, collector);
        return new Evaluator(session, collector);
    }

    /** Loads the single content bundle found on the class loader's classpath. */
    public static ContentBundle fromClasspath(ClassLoader loader) {
        return fromClasspath(loader, EngineLevers.chosen());
    }

    /** The content on the classpath, its sessions configured with {@code levers} (for A/B tests). */
    static ContentBundle fromClasspath(ClassLoader loader, Set<EngineLevers> levers) {
        List<URL> manifests;
        try {
            manifests = Collections.list(loader.getResources(ContentManifest.RESOURCE));
        } catch (IOException e) {
            throw new ContentException("cannot search the classpath for " + ContentManifest.RESOURCE + ": " + e, e);
        }
        if (manifests.isEmpty()) {
            throw new ContentException("no SafePlan content on the classpath (no " + ContentManifest.RESOURCE
                    + "): add the dependency org.safeplan:rules-content");
        }
        if (manifests.size() > 1) {
            throw new ContentException("several SafePlan content bundles on the classpath, keep one: " + manifests);
        }
        return precompiled(loader, BundleFiles.of(loader, "the classpath"), levers);
    }

    /**
     * Loads a content jar built by the content module, ahead of any content on the classpath. The
     * jar's class loader is closed once the bundle is unreachable: calls in flight keep it reachable.
     */
    public static ContentBundle fromJar(Path jar, ClassLoader parent) {
        return fromJar(jar, parent, "content jar " + jar);
    }

    /** Loads a content jar, named in messages as {@code description} (a pinned jar's, not its copy's). */
    private static ContentBundle fromJar(Path jar, ClassLoader parent, String description) {
        if (!Files.isRegularFile(jar)) {
            throw new ContentException(jar + ": no such content jar");
        }
        ChildFirstClassLoader loader = newLoader(jar, parent);
        try {
            if (loader.findResource(ContentManifest.RESOURCE) == null) {
                throw new ContentException(jar + ": not a SafePlan content jar (no " + ContentManifest.RESOURCE + ")");
            }
            ContentBundle bundle = precompiled(loader, BundleFiles.of(loader, description), EngineLevers.chosen());
            JarLoaders.closeWhenUnreachable(bundle, loader);
            return bundle;
        } catch (RuntimeException | Error e) {
            JarLoaders.close(loader);
            throw e;
        }
    }

    private static ChildFirstClassLoader newLoader(Path jar, ClassLoader parent) {
        try {
            return new ChildFirstClassLoader(jar.toUri().toURL(), parent);
        } catch (MalformedURLException e) {
            throw new ContentException(jar + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a content jar whose bytes must have the SHA-256 digest {@code sha256} (lower-case hex):
     * the bytes are read once, checked, and loaded from a private copy.
     */
    public static ContentBundle fromPinnedJar(Path jar, String sha256, ClassLoader parent) {
        if (!Files.isRegularFile(jar)) {
            throw new ContentException(jar + ": no such content jar");
        }
        try {
            byte[] bytes = Files.readAllBytes(jar);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!actual.equals(sha256)) {
                throw new ContentException(jar + ": its SHA-256 is " + actual + ", not the pinned " + sha256
                        + ": refused, nothing of it was loaded");
            }
            Path copy = Files.createTempFile("safeplan-content-", ".jar");
            copy.toFile().deleteOnExit();
            Files.write(copy, bytes);
            return fromJar(copy, parent, "content jar " + jar);
        } catch (IOException e) {
            throw new ContentException(jar + ": cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Loads a content source folder (rules compiled now: slower), reporting every problem found.
     * Checking and compiling are rules-authoring's ({@link FolderLoader}); nothing is compiled
     * before a copy of the folder passes every check of {@code validate}, and the checked copy is
     * what is compiled ({@link #fromCheckedFolder}).
     *
     * @param previous the content being replaced, or null
     * @throws ContentException listing every problem, or naming rules-authoring when it is absent
     */
    public static ContentBundle fromFolder(Path folder, ContentBundle previous) {
        if (!Files.isDirectory(folder)) {
            throw new ContentException(folder + ": no such content folder");
        }
        return FolderLoader.installed().load(folder, previous);
    }

    /**
     * Reads a checked content folder, its rules compiled by {@code compiler}.
     *
     * <p>Replacing content (a swap, as in a live preview), the rules are compiled file by file and
     * whatever {@code previous} compiled from identical files (same name, same bytes) is reused: an
     * edit of wording or priorities compiles nothing, an edit of one rule file compiles that file.
     * Without {@code previous}, all files are compiled in one build, the fastest way to compile them
     * all.
     *
     * @param previous the content being replaced, or null
     */
    public static ContentBundle fromCheckedFolder(Path checked, ContentBundle previous, RuleCompiler compiler) {
        BundleFiles files = BundleFiles.of(checked);
        ContentManifest manifest = manifest(files);
        Problems problems = new Problems();
        ContentParts parts = ContentParts.read(manifest, files, problems);
        List<String> drlNames = BundleFiles.drlFiles(checked, manifest.rules());
        String digest = BundleFiles.digest(files, drlNames);
        RuleBase rules = null;
        FileModels models = null;
        try {
            if (previous == null) {
                rules = RuleBase.of(compiler.compile(checked, drlNames));
            } else if (digest.equals(previous.ruleDigest)) {
                rules = previous.rules;
                models = previous.fileModels;
            } else {
                models = compiler.compileByFile(checked, drlNames, previous.fileModels);
                rules = RuleBase.fromModels(models.all());
            }
        } catch (ContentException e) {
            problems.add(e);
        }
        problems.throwIfAny();
        return new ContentBundle(manifest, parts, rules, digest, models, null, null, EngineLevers.chosen());
    }

    /**
     * Loads precompiled content. The catalog and jurisdictions (YAML, texts rendered for every
     * jurisdiction) are read on a second thread while this one loads the rule model, the larger
     * part of start-up: on two cores the YAML costs no wall-clock time.
     */
    private static ContentBundle precompiled(ClassLoader loader, BundleFiles files, Set<EngineLevers> levers) {
        long start = System.nanoTime();
        ContentManifest manifest = manifest(files);
        Problems problems = new Problems();
        FutureTask<ContentParts> parts = new FutureTask<>(() -> ContentParts.read(manifest, files, problems));
        Thread reader = new Thread(parts, "safeplan-content-reader");
        reader.setDaemon(true);
        reader.start();
        RuleBase rules;
        try {
            rules = RuleBase.fromModelIndex(loader, manifest.modelIndex());
        } catch (RuntimeException | Error e) {
            // Problems in the catalog or jurisdictions are reported first, as when read one after the other.
            join(parts);
            problems.throwIfAny();
            throw e;
        }
        ContentParts read = join(parts);
        problems.throwIfAny();
        ContentBundle bundle = new ContentBundle(manifest, read, rules, null, null, loader, null, levers);
        LOG.debug("Loaded content {} {}: {} rules and {} actions from the precompiled model {} in {} ms",
                manifest.name(), manifest.version(), rules.rules().size(), read.catalog().ids().size(),
                manifest.modelIndex(), (System.nanoTime() - start) / 1_000_000);
        return bundle;
    }

    /** The reader's result, or its failure rethrown here. */
    private static ContentParts join(FutureTask<ContentParts> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new ContentException("the content cannot be read: " + cause, cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The manifest, once the running rules-core is one the content requires. */
    private static ContentManifest manifest(BundleFiles files) {
        try (InputStream in = files.require(ContentManifest.RESOURCE)) {
            ContentManifest manifest = ContentManifest.read(ContentManifest.RESOURCE, in);
            manifest.requireCore(files.toString());
            return manifest;
        } catch (IOException e) {
            throw new ContentException(ContentManifest.RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Evaluates the rules for one situation and ranks what they recommend, within the options'
     * load budget and cap.
     *
     * <p>Sessions are reused: after a call, the facts it inserted are retracted (the situation and
     * the {@link Recommended} facts), which leaves the session as a new one as far as any rule can
     * tell, at a fraction of the cost of resetting every node memory of the network. A session
     * whose evaluation failed is dropped, never reused.
     */
    public Guidance advise(Situation situation, AdviceOptions options) {
        return evaluate(situation, collector -> rank(situation, collector, options));
    }

    /**
     * The advice for each of {@code options}, from one evaluation of the rules: which rules fire
     * depends on the situation alone, the options only on how that is ranked, cut and worded (as
     * when a console shows the short list beside the complete one).
     */
    public List<Guidance> advise(Situation situation, List<AdviceOptions> options) {
        return evaluate(situation, collector -> options.stream().map(o -> rank(situation, collector, o)).toList());
    }

    /** Fires the rules for the situation in a pooled session and answers from what they recommended. */
    private <T> T evaluate(Situation situation, Function<Collector, T> answer) {
        Evaluator evaluator = idle.poll();
        if (evaluator == null) {
            evaluator = newEvaluator();
        }
        boolean reusable = false;
        try {
            KieSession session = evaluator.session();
            FactHandle handle = session.insert(situation);
            FactHandle where = session.insert(jurisdiction(situation));
            session.fireAllRules();
            T answered = answer.apply(evaluator.collector());
            session.delete(handle);
            session.delete(where);
            evaluator.collector().clear();
            reusable = true;
            return answered;
        } finally {
            if (reusable) {
                idle.offer(evaluator);
            } else {
                evaluator.session().dispose();
            }
        }
    }

    /** What the situation's jurisdiction provides, the fact inserted beside it: two lookups, no allocation. */
    Jurisdiction jurisdiction(Situation situation) {
        return jurisdictions.capabilities(situation.getCountry(), situation.getRegion());
    }

    /**
     * This content with partners' jurisdiction packs added (each already read and checked): the
     * same rules and catalog, the texts rendered again for the packs.
     *
     * @throws ContentException if a pack is refused (one for a country the content has a pack for,
     *     without {@code overrides: true}) or its wording does not fit the catalog (a title too long)
     */
    public ContentBundle withPacks(List<JurisdictionPack> packs) {
        if (packs.isEmpty()) {
            return this;
        }
        Jurisdictions merged = jurisdictions.with(packs, ContentParts.today());
        ContentParts.warnPastReview(merged.warnings().stream().filter(w -> !jurisdictions.warnings().contains(w)).toList());
        return new ContentBundle(manifest, parts.with(merged), rules, ruleDigest, fileModels, classLoader,
                base == null ? this : base, levers);
    }

    /** Ranks and words what the evaluation recommended (see {@link Ranking}), all in one language. */
    private Guidance rank(Situation situation, Collector collector, AdviceOptions options) {
        boolean survivorCannotSpeak = situation.getAudience() == Audience.SURVIVOR
                && Boolean.FALSE.equals(situation.getCanSpeakSafely());
        LanguageChoice.Served served = languages.choose(options, situation.getCountry());
        ActionTable.Worded worded = served.worded();
        return new Guidance(manifest.version(), worded.language(), worded.status(), served.fallback(),
                Ranking.rank(situation, options, collector, actions, actions.position(survivorCannotSpeak), worded));
    }

    /** The advice with reasons and what-if analysis, in the language of {@code options} (always the complete list). */
    public Explanation explain(Situation situation, AdviceOptions options) {
        AdviceOptions.Builder language = AdviceOptions.builder().completeList().language(options.language());
        AdviceOptions complete = options.reviewedTranslationRequired()
                ? language.requireReviewedTranslation().build() : language.build();
        return new Explainer(s -> advise(s, complete), rules.fieldsByRule(), countries()).explain(situation);
    }

    /** The languages the content has texts in: the source language first, then its translations. */
    public List<String> languages() {
        return actions.languages();
    }

    /** The countries with jurisdiction data of their own (packs, partners' included), in the content's order. */
    public List<String> countries() {
        return jurisdictions.keys().stream().filter(k -> !Jurisdictions.DEFAULT.equals(k)).toList();
    }

    /** The jurisdictions: packs, values per language, capabilities. */
    public Jurisdictions jurisdictions() {
        return jurisdictions;
    }

    /** The content's semantic version. */
    public String version() {
        return manifest.version();
    }

    /** The action catalog. */
    public ActionCatalog catalog() {
        return catalog;
    }

    /** Every rule, by id. */
    public Map<String, RuleInfo> rules() {
        return rules.rules();
    }

    /** The rule base (for tests that check the advise path against a plain evaluation). */
    RuleBase ruleBase() {
        return rules;
    }

    /** The class loader of precompiled content (for tests of a content jar's), or null for a folder's. */
    ClassLoader classLoader() {
        return classLoader;
    }

    /** The models of each rule file, when the rules were compiled file by file; otherwise null. */
    FileModels fileModels() {
        return fileModels;
    }

    /** The rendered texts. */
    ActionTexts texts() {
        return texts;
    }

    /** How Drools says an idle session of this bundle is configured (for tests of the levers). */
    String sessionOptions() {
        Evaluator evaluator = idle.poll();
        if (evaluator == null) {
            evaluator = newEvaluator();
        }
        try {
            var conf = ((ReteEvaluator) evaluator.session()).getRuleSessionConfiguration();
            return "directFiring=" + conf.isDirectFiring() + ", threadSafe=" + conf.isThreadSafe();
        } finally {
            idle.offer(evaluator);
        }
    }

    /** Whether some rule can see the {@link Recommended} fact of each action, by action id. */
    Map<String, Boolean> recommendedFactVisibility() {
        Map<String, Boolean> out = new java.util.TreeMap<>();
        for (int i = 0; i < actions.size(); i++) {
            out.put(actions.action(i).id(), actions.visible(i));
        }
        return out;
    }
}
