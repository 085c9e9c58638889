package org.safeplan.rules.internal.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.io.ResourceType;
import org.safeplan.rules.internal.authoring.RuleCheck.CheckedRule;

/**
 * Every rule file of a content folder, checked one by one and then together: ids and names are
 * unique across files. The build compiles every rule file below the folder, so all are checked,
 * and one outside the rules folder is reported; so is any other file Drools would compile.
 */
final class RuleFiles {

    /**
     * The rules found.
     *
     * @param complete whether every rule file was parsed and every then part read, so that the actions
     *                 the rules recommend are all there are
     */
    record RuleSet(List<CheckedRule> rules, boolean complete) {
    }

    private RuleFiles() {
    }

    static RuleSet check(ContentFolder content, Path rulesFolder, Findings findings) {
        String expectedPackage = content.manifest().rules().replaceAll("^/+|/+$", "").replace('/', '.');
        List<CheckedRule> rules = new ArrayList<>();
        boolean complete = true;
        for (Path file : files(content, findings)) {
            String name = content.name(file);
            if (!file.normalize().startsWith(rulesFolder.normalize())) {
                findings.add(name, 0, "rule files belong in " + content.manifest().rules()
                        + ", the rules folder named in content.yaml");
            }
            Optional<List<CheckedRule>> checked = content.text(file)
                    .flatMap(text -> new DrlFile(name, text, findings, content.manifest().hasPacks()).check(expectedPackage));
            checked.ifPresent(rules::addAll);
            complete &= checked.isPresent();
        }
        unique(rules, findings);
        return new RuleSet(rules, complete && rules.stream().allMatch(r -> r.calls().isPresent()));
    }

    /** The rule files in path order; other files Drools would compile are reported. */
    private static List<Path> files(ContentFolder content, Findings findings) {
        List<Path> drl = new ArrayList<>();
        try (Stream<Path> all = Files.walk(content.root())) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                ResourceType type = ResourceType.determineResourceType(file.getFileName().toString());
                if (type == ResourceType.DRL) {
                    drl.add(file);
                } else if (type != null && type != ResourceType.PROPERTIES) {
                    findings.add(content.name(file), 0, "Drools would compile this file (" + type.getDescription()
                            + "), which validate cannot check: write rules as .drl files");
                }
            }
        } catch (IOException e) {
            findings.add(".", 0, "cannot list the files of " + content.root() + ": " + e.getMessage());
        }
        return drl;
    }

    private static void unique(List<CheckedRule> rules, Findings findings) {
        Map<String, CheckedRule> byId = new HashMap<>();
        Map<String, CheckedRule> byName = new HashMap<>();
        for (CheckedRule rule : rules) {
            CheckedRule sameName = byName.putIfAbsent(rule.name(), rule);
            if (sameName != null) {
                findings.add(rule.file(), rule.line(), "there is already a rule named \"" + rule.name() + "\" at "
                        + where(sameName) + ": give each rule its own name");
            }
            CheckedRule sameId = rule.id() == null ? null : byId.putIfAbsent(rule.id(), rule);
            if (sameId != null) {
                findings.add(rule.file(), rule.line(), "rule \"" + rule.name() + "\": @id(\"" + rule.id()
                        + "\") is already used by rule \"" + sameId.name() + "\" at " + where(sameId)
                        + ": give each rule its own id");
            }
        }
    }

    private static String where(CheckedRule rule) {
        return rule.file() + ":" + rule.line();
    }
}
