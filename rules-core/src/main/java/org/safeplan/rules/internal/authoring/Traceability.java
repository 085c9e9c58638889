package org.safeplan.rules.internal.authoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.authoring.ConsequenceCheck.ActionCall;
import org.safeplan.rules.internal.authoring.RuleCheck.CheckedRule;
import org.safeplan.rules.internal.authoring.RuleFiles.RuleSet;
import org.safeplan.rules.internal.content.ActionCatalog;
import org.safeplan.rules.internal.content.CatalogAction;

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

    /** Every recommended action is in the catalog, and (when all rules were read) every action is recommended. */
    void rulesAgainstCatalog(RuleSet rules, ActionCatalog catalog) {
        Set<String> recommended = new HashSet<>();
        for (CheckedRule rule : rules.rules()) {
            for (ActionCall call : rule.calls().orElse(List.of())) {
                recommended.add(call.actionId());
                if (catalog.find(call.actionId()).isEmpty()) {
                    new RuleProblems(findings, rule.file(), rule.name()).report(call.line(), "\"" + call.actionId()
                            + "\" is not an action in " + catalog.file() + Suggestions.didYouMean(call.actionId(), catalog.ids()));
                }
            }
        }
        if (rules.complete()) {
            for (CatalogAction action : catalog.actions()) {
                if (!recommended.contains(action.id())) {
                    findings.add(catalog.file(), action.line(), "action '" + action.id() + "' is not recommended by any"
                            + " rule: add a rule that recommends it, or remove it");
                }
            }
        }
    }

    /** Every source an action cites is in the inventory. */
    void sourcesAgainstInventory(ActionCatalog catalog, Inventory inventory) {
        for (CatalogAction action : catalog.actions()) {
            for (String source : action.sources()) {
                if (!inventory.contains(source)) {
                    findings.add(catalog.file(), action.line(), "action '" + action.id() + "': source " + source
                            + " is not in " + inventory.file() + Suggestions.didYouMean(source, inventory.ids()));
                }
            }
        }
    }

    /**
     * Every inventory id is cited or out of scope, and an out-of-scope id is neither unknown, cited nor
     * listed twice. {@code outOfScopeFile} is null when the manifest names none.
     */
    void inventoryCoverage(ActionCatalog catalog, Inventory inventory, String outOfScopeFile, List<OutOfScope.Entry> outOfScope) {
        Map<String, CatalogAction> citedBy = new HashMap<>();
        catalog.actions().forEach(a -> a.sources().forEach(s -> citedBy.putIfAbsent(s, a)));
        Map<String, Integer> leftOut = new HashMap<>();
        for (OutOfScope.Entry entry : outOfScope) {
            outOfScopeEntry(entry, leftOut, citedBy, inventory, catalog.file(), outOfScopeFile);
        }
        for (String id : inventory.ids()) {
            if (!citedBy.containsKey(id) && !leftOut.containsKey(id)) {
                findings.add(inventory.file(), inventory.lineOf(id), "inventory id " + id + " is not cited by any"
                        + " action: cite it in an action's sources, or list it in "
                        + Optional.ofNullable(outOfScopeFile).orElse("an out-of-scope file (outOfScope in content.yaml)")
                        + " with a reason");
            }
        }
    }

    private void outOfScopeEntry(OutOfScope.Entry entry, Map<String, Integer> leftOut, Map<String, CatalogAction> citedBy,
                                 Inventory inventory, String catalogFile, String file) {
        Integer first = leftOut.putIfAbsent(entry.id(), entry.line());
        CatalogAction citing = citedBy.get(entry.id());
        if (first != null) {
            findings.add(file, entry.line(), entry.id() + " is listed twice (first at line " + first + ")");
        } else if (!inventory.contains(entry.id())) {
            findings.add(file, entry.line(), entry.id() + " is not in " + inventory.file()
                    + Suggestions.didYouMean(entry.id(), inventory.ids()));
        } else if (citing != null) {
            findings.add(file, entry.line(), entry.id() + " is listed as out of scope, but action '" + citing.id()
                    + "' cites it (" + catalogFile + ":" + citing.line() + "): remove it from one of the two");
        }
    }
}
