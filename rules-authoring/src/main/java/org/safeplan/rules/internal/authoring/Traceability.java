package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.authoring.ConsequenceCheck.Call;
import org.safeplan.rules.internal.authoring.ConsequenceCheck.Method;
import org.safeplan.rules.internal.authoring.RuleCheck.CheckedRule;
import org.safeplan.rules.internal.authoring.RuleFiles.RuleSet;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.CatalogAction;
import org.safeplan.rules.internal.catalog.CatalogCaution;

/**
 * The checks across files, so that every piece of advice traces back to the guidance: rules
 * recommend catalog actions, every action is recommended by a rule and cites inventory ids, and
 * every inventory id is cited by an action or deliberately left out of scope, not both.
 *
 * <p>A part that could not be read completely (a catalog with problems, a rule file with syntax
 * errors) is left out of the checks that need all of it, rather than reported again as a cascade.
 */
final class Traceability {

    private final Findings findings;

    Traceability(Findings findings) {
        this.findings = findings;
    }

    /**
     * Every id a rule names is in the catalog (an action, or a caution for {@code caution}); an
     * ordering keeps to one urgency and the orderings form no cycle; and, when all rules were read,
     * every action is recommended and every caution applied by some rule.
     */
    void rulesAgainstCatalog(RuleSet rules, ActionCatalog catalog) {
        Set<String> recommended = new HashSet<>();
        Set<String> applied = new HashSet<>();
        OrderingGraph orderings = new OrderingGraph();
        for (CheckedRule rule : rules.rules()) {
            RuleProblems problems = new RuleProblems(findings, rule.file(), rule.name());
            for (Call call : rule.calls().orElse(List.of())) {
                if (call.method() == Method.CAUTION) {
                    String id = call.ids().get(0);
                    applied.add(id);
                    if (catalog.findCaution(id).isEmpty()) {
                        problems.report(call.line(), "\"" + id + "\" is not a caution in " + catalog.file()
                                + Suggestions.didYouMean(id, catalog.cautions().stream().map(CatalogCaution::id).toList()));
                    }
                    continue;
                }
                List<CatalogAction> named = new ArrayList<>();
                for (String id : call.ids()) {
                    catalog.find(id).ifPresentOrElse(named::add, () -> problems.report(call.line(), "\"" + id
                            + "\" is not an action in " + catalog.file() + Suggestions.didYouMean(id, catalog.ids())));
                }
                if (call.method() == Method.RECOMMEND) {
                    recommended.addAll(call.ids());
                } else if (call.method() == Method.PUT_BEFORE && named.size() == 2) {
                    putBefore(named.get(0), named.get(1), rule, call, problems, orderings);
                }
            }
        }
        orderings.cycles().forEach(cycle -> findings.add(cycle.get(0).file(), cycle.get(0).line(),
                "these orderings go round in a circle, so no order satisfies them: " + OrderingGraph.describe(cycle)
                        + "; remove or change one of them"));
        if (rules.complete()) {
            for (CatalogAction action : catalog.actions()) {
                if (!recommended.contains(action.id())) {
                    findings.add(catalog.file(), action.line(), "action '" + action.id() + "' is not recommended by any"
                            + " rule: add a rule that recommends it, or remove it");
                }
            }
            for (CatalogCaution caution : catalog.cautions()) {
                if (!applied.contains(caution.id())) {
                    findings.add(catalog.file(), caution.line(), "caution '" + caution.id() + "' is not applied by any"
                            + " rule: add a rule with advice.caution(\"" + caution.id() + "\"); or remove it");
                }
            }
        }
    }

    private static void putBefore(CatalogAction earlier, CatalogAction later, CheckedRule rule, Call call,
                                  RuleProblems problems, OrderingGraph orderings) {
        if (earlier.urgency() != later.urgency()) {
            problems.report(call.line(), "cannot put '" + earlier.id() + "' (" + earlier.urgency() + ") before '"
                    + later.id() + "' (" + later.urgency() + "): orderings only change the order within one urgency");
        } else if (earlier.id().equals(later.id())) {
            problems.report(call.line(), "cannot put '" + earlier.id() + "' before itself");
        } else {
            orderings.add(earlier.id(), later.id(), rule.file(), call.line(), rule.name());
        }
    }

    /** Cautions guard actions and exposures that exist; actions are never-with actions that exist. */
    void catalogReferences(ActionCatalog catalog) {
        for (CatalogCaution caution : catalog.cautions()) {
            for (String id : caution.actions()) {
                if (catalog.find(id).isEmpty()) {
                    findings.add(catalog.file(), caution.line(), "caution '" + caution.id() + "' guards '" + id
                            + "', which is neither an action nor an exposure" + Suggestions.didYouMean(id, catalog.ids()));
                }
            }
        }
        for (CatalogAction action : catalog.actions()) {
            for (String id : action.neverWith()) {
                if (catalog.find(id).isEmpty()) {
                    findings.add(catalog.file(), action.line(), "action '" + action.id() + "': neverWith '" + id
                            + "' is not an action" + Suggestions.didYouMean(id, catalog.ids()));
                }
            }
        }
    }

    /** Every source an action cites is in the inventory. */
    void sourcesAgainstInventory(ActionCatalog catalog, Inventory inventory) {
        for (CatalogAction action : catalog.actions()) {
            sources("action", action.id(), action.line(), action.sources(), catalog, inventory);
        }
        for (CatalogCaution caution : catalog.cautions()) {
            sources("caution", caution.id(), caution.line(), caution.sources(), catalog, inventory);
        }
    }

    private void sources(String kind, String id, int line, List<String> sources, ActionCatalog catalog,
                         Inventory inventory) {
        for (String source : sources) {
            if (!inventory.contains(source)) {
                findings.add(catalog.file(), line, kind + " '" + id + "': source " + source
                        + " is not in " + inventory.file() + Suggestions.didYouMean(source, inventory.ids()));
            }
        }
    }

    /**
     * Every inventory id is cited or out of scope, and an out-of-scope id is neither unknown, cited nor
     * listed twice. {@code outOfScopeFile} is null when the manifest names none.
     */
    void inventoryCoverage(ActionCatalog catalog, Inventory inventory, String outOfScopeFile, List<OutOfScope.Entry> outOfScope) {
        Map<String, String> citedBy = new HashMap<>();
        catalog.actions().forEach(a -> a.sources().forEach(s -> citedBy.putIfAbsent(s,
                "action '" + a.id() + "' cites it (" + catalog.file() + ":" + a.line() + ")")));
        catalog.cautions().forEach(c -> c.sources().forEach(s -> citedBy.putIfAbsent(s,
                "caution '" + c.id() + "' cites it (" + catalog.file() + ":" + c.line() + ")")));
        Map<String, Integer> leftOut = new HashMap<>();
        for (OutOfScope.Entry entry : outOfScope) {
            outOfScopeEntry(entry, leftOut, citedBy, inventory, catalog.file(), outOfScopeFile);
        }
        for (String id : inventory.ids()) {
            if (!citedBy.containsKey(id) && !leftOut.containsKey(id)) {
                findings.add(inventory.file(), inventory.lineOf(id), "inventory id " + id + " is not cited by any"
                        + " action or caution: cite it in an action's sources, or list it in "
                        + Optional.ofNullable(outOfScopeFile).orElse("an out-of-scope file (outOfScope in content.yaml)")
                        + " with a reason");
            }
        }
    }

    private void outOfScopeEntry(OutOfScope.Entry entry, Map<String, Integer> leftOut, Map<String, String> citedBy,
                                 Inventory inventory, String catalogFile, String file) {
        Integer first = leftOut.putIfAbsent(entry.id(), entry.line());
        String citing = citedBy.get(entry.id());
        if (first != null) {
            findings.add(file, entry.line(), entry.id() + " is listed twice (first at line " + first + ")");
        } else if (!inventory.contains(entry.id())) {
            findings.add(file, entry.line(), entry.id() + " is not in " + inventory.file()
                    + Suggestions.didYouMean(entry.id(), inventory.ids()));
        } else if (citing != null) {
            findings.add(file, entry.line(), entry.id() + " is listed as out of scope, but " + citing
                    + ": remove it from one of the two");
        }
    }
}
