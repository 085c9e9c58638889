package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.content.Recommended;
import org.safeplan.rules.internal.content.ActionCatalog;
import org.safeplan.rules.internal.content.ActionTexts;
import org.safeplan.rules.internal.content.CatalogAction;
import org.safeplan.rules.internal.content.ContentManifest;
import org.safeplan.rules.internal.content.Problems;
import org.safeplan.rules.internal.content.RenderedAction;
import org.safeplan.rules.internal.explain.Explainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loaded version of the content, ready to advise: the rule base, the catalog and the texts
 * rendered per jurisdiction. Thread-safe; sessions come from a Drools session pool and are reset
 * after every call, so evaluation is stateless while reusing session structures.
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

    private static final int INITIAL_POOL_SIZE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ContentBundle.class);

    private final ContentManifest manifest;
    private final ActionCatalog catalog;
    private final ActionTexts texts;
    private final RuleBase rules;
    private final Map<String, Recommended> facts;
    private final KieSessionsPool pool;

    private ContentBundle(ContentManifest manifest, ActionCatalog catalog, ActionTexts texts, RuleBase rules) {
        this.manifest = manifest;
        this.catalog = catalog;
        this.texts = texts;
        this.rules = rules;
        Map<String, Recommended> facts = new HashMap<>();
        for (CatalogAction a : catalog.actions()) {
            facts.put(a.id(), new Recommended(a.id(), a.urgency(), a.exposures()));
        }
        this.facts = Collections.unmodifiableMap(facts);
        this.pool = rules.kieBase().newKieSessionsPool(INITIAL_POOL_SIZE);
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

    /** Loads the single content bundle found on the class loader's classpath. */
    public static ContentBundle fromClasspath(ClassLoader loader) {
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
        return precompiled(loader, ContentFiles.of(loader, "the classpath"));
    }

    /** Loads a content jar built by the content module, ahead of any content on the classpath. */
    public static ContentBundle fromJar(Path jar, ClassLoader parent) {
        if (!Files.isRegularFile(jar)) {
            throw new ContentException(jar + ": no such content jar");
        }
        try {
            ChildFirstClassLoader loader = new ChildFirstClassLoader(jar.toUri().toURL(), parent);
            if (loader.findResource(ContentManifest.RESOURCE) == null) {
                throw new ContentException(jar + ": not a SafePlan content jar (no " + ContentManifest.RESOURCE + ")");
            }
            return precompiled(loader, ContentFiles.of(loader, "content jar " + jar));
        } catch (MalformedURLException e) {
            throw new ContentException(jar + ": " + e.getMessage(), e);
        }
    }

    /** Loads a content source folder (rules compiled now: slower), reporting every problem found. */
    public static ContentBundle fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ContentException(folder + ": no such content folder");
        }
        ContentFiles files = ContentFiles.of(folder);
        ContentManifest manifest = manifest(files);
        Problems problems = new Problems();
        ContentParts parts = ContentParts.read(manifest, files, problems);
        RuleBase rules = null;
        try {
            rules = RuleBase.of(DrlCompiler.compile(files, ContentFiles.drlFiles(folder, manifest.rules())));
        } catch (ContentException e) {
            problems.add(e);
        }
        problems.throwIfAny();
        return new ContentBundle(manifest, parts.catalog(), parts.texts(), rules);
    }

    private static ContentBundle precompiled(ClassLoader loader, ContentFiles files) {
        long start = System.nanoTime();
        ContentManifest manifest = manifest(files);
        Problems problems = new Problems();
        ContentParts parts = ContentParts.read(manifest, files, problems);
        problems.throwIfAny();
        RuleBase rules = RuleBase.fromModelIndex(loader, manifest.modelIndex());
        ContentBundle bundle = new ContentBundle(manifest, parts.catalog(), parts.texts(), rules);
        LOG.debug("Loaded content {} {}: {} rules and {} actions from the precompiled model {} in {} ms",
                manifest.name(), manifest.version(), rules.rules().size(), parts.catalog().ids().size(),
                manifest.modelIndex(), (System.nanoTime() - start) / 1_000_000);
        return bundle;
    }

    private static ContentManifest manifest(ContentFiles files) {
        try (InputStream in = files.require(ContentManifest.RESOURCE)) {
            return ContentManifest.read(ContentManifest.RESOURCE, in);
        } catch (IOException e) {
            throw new ContentException(ContentManifest.RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Evaluates the rules for one situation and ranks what they recommend, keeping at most
     * {@code max} recommendations but every IMMEDIATE one.
     */
    public Guidance advise(Situation situation, int max) {
        KieSession session = pool.newKieSession();
        try {
            Collector collector = collectorOf(session);
            session.insert(situation);
            session.fireAllRules();
            return rank(situation, collector.recommended(), max);
        } finally {
            session.dispose();
        }
    }

    /** A pooled session keeps its global and listener across resets; a new one gets them here. */
    private Collector collectorOf(KieSession session) {
        Collector collector = (Collector) session.getGlobal(Advice.GLOBAL_NAME);
        if (collector == null) {
            collector = new Collector(facts, session);
            session.setGlobal(Advice.GLOBAL_NAME, collector);
            session.addEventListener(collector);
        } else {
            collector.clear();
        }
        return collector;
    }

    private Guidance rank(Situation situation, Map<String, Set<String>> recommended, int max) {
        List<CatalogAction> actions = new ArrayList<>(recommended.size());
        for (String id : recommended.keySet()) {
            actions.add(catalog.find(id).orElseThrow());
        }
        boolean survivorCannotSpeak = situation.getAudience() == Audience.SURVIVOR
                && Boolean.FALSE.equals(situation.getCanSpeakSafely());
        actions.sort(survivorCannotSpeak ? ORDER_CANNOT_SPEAK : ORDER);
        List<Recommendation> out = new ArrayList<>(actions.size());
        for (CatalogAction action : actions) {
            if (out.size() >= max && action.urgency() != Urgency.IMMEDIATE) {
                break;
            }
            RenderedAction text = texts.get(action.id(), situation.getCountry());
            out.add(Recommendation.builder().rank(out.size() + 1).actionId(action.id()).urgency(action.urgency())
                    .title(text.title()).text(text.text()).sources(action.sources())
                    .firedBy(recommended.get(action.id())).exposures(action.exposures()).build());
        }
        return new Guidance(manifest.version(), out);
    }

    /** The advice with reasons and what-if analysis. */
    public Explanation explain(Situation situation) {
        return new Explainer(s -> advise(s, Integer.MAX_VALUE), rules.fieldsByRule()).explain(situation);
    }

    /** The content's semantic version. */
    public String version() {
        return manifest.version();
    }

    /** The content's manifest. */
    public ContentManifest manifest() {
        return manifest;
    }

    /** The action catalog. */
    public ActionCatalog catalog() {
        return catalog;
    }

    /** Every rule, by id. */
    public Map<String, RuleInfo> rules() {
        return rules.rules();
    }
}
