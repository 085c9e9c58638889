package org.safeplan.rules.internal.authoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.safeplan.rules.authoring.ContentProblem;
import org.safeplan.rules.internal.authoring.RuleFiles.RuleSet;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Problems;

/**
 * Checks a whole content folder: reads every file the manifest names with the readers the engine
 * uses, checks the rule files, then checks the files against each other. A file with problems is
 * left out of the checks against it, which would only repeat them.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    /** What a check found: problems, which stop the content from loading, and warnings, which do not. */
    public record Result(List<ContentProblem> problems, List<ContentProblem> warnings) {
    }

    /** Every problem of the content folder, in the order found, its translations' included. */
    public static List<ContentProblem> run(Path folder) {
        return run(folder, true);
    }

    /**
     * The problems of the content folder; with {@code translations} false, none of its translations'
     * (stale, missing or badly formed entries): content with such problems is safe to load, as the
     * engine answers a language it cannot serve whole in English and says so.
     */
    public static List<ContentProblem> run(Path folder, boolean translations) {
        return check(folder, List.of(), translations).problems();
    }

    /**
     * Every problem and warning of the content folder and of partners' jurisdiction packs to add to it.
     *
     * @param partnerPacks pack files, as {@code --jurisdictions} gives them
     * @param translations whether the translations' problems are reported too (see {@link #run(Path, boolean)})
     */
    public static Result check(Path folder, List<Path> partnerPacks, boolean translations) {
        Findings findings = new Findings();
        ContentFolder.open(folder, findings).ifPresent(content -> check(content, partnerPacks, findings, translations));
        return new Result(findings.list(), findings.warnings());
    }

    private static void check(ContentFolder content, List<Path> partnerPacks, Findings findings, boolean translations) {
        ContentManifest m = content.manifest();
        Optional<ActionCatalog> catalog = content.required("catalog", m.catalog())
                .flatMap(bytes -> ifClean(findings, problems -> ActionCatalog.read(m.catalog(), stream(bytes), problems)));
        Optional<Inventory> inventory = content.required("inventory", m.inventory())
                .map(bytes -> Inventory.read(m.inventory(), new String(bytes, StandardCharsets.UTF_8), findings));
        Optional<JurisdictionCheck.Read> jurisdictions = JurisdictionCheck.read(content, partnerPacks, inventory, findings);
        // The English must fit every jurisdiction, partners' too; a translation is the content's, checked against its own.
        catalog.ifPresent(c -> jurisdictions.ifPresent(j -> ifClean(findings,
                problems -> new ActionTexts(c, j.withPartners(), problems))
                .filter(texts -> translations).ifPresent(texts -> LocaleCheck.run(content, c, j.own(), findings))));
        Optional<List<OutOfScope.Entry>> outOfScope = content.optional(m.outOfScope())
                .map(bytes -> ifClean(findings, problems -> OutOfScope.read(m.outOfScope(), bytes, problems)))
                .orElse(Optional.of(List.of()));
        Optional<RuleSet> rules = content.folder("rules", m.rules()).map(folder -> RuleFiles.check(content, folder, findings));

        Traceability trace = new Traceability(findings);
        catalog.ifPresent(trace::catalogReferences);
        catalog.ifPresent(c -> rules.ifPresent(r -> trace.rulesAgainstCatalog(r, c)));
        catalog.ifPresent(c -> inventory.ifPresent(i -> {
            trace.sourcesAgainstInventory(c, i);
            outOfScope.ifPresent(o -> trace.inventoryCoverage(c, i, m.outOfScope(), o));
        }));
    }

    /** What a reader read, if it found no problem; its problems go to {@code findings}. */
    private static <T> Optional<T> ifClean(Findings findings, Function<Problems, T> reader) {
        Problems problems = new Problems();
        T read = reader.apply(problems);
        findings.addAll(problems);
        return problems.isEmpty() ? Optional.of(read) : Optional.empty();
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
