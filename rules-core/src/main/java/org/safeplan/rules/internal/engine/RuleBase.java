package org.safeplan.rules.internal.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.Jurisdiction;
import org.safeplan.rules.content.ContentException;

/**
 * A Drools rule base built straight from the precompiled executable model: the generated
 * {@code Model} classes named in the model index. No DRL is parsed or compiled on this path.
 */
final class RuleBase {

    /** Rule metadata key of the stable rule id that {@code firedBy} reports. */
    static final String ID = "id";
    /** Rule metadata key of the rule's version, bumped whenever its meaning changes. */
    static final String VERSION = "version";

    private static final String INDEX_HEADER = "Drools-Model-Version:";
    private static final ObjectType SITUATION_TYPE = new ClassObjectType(Situation.class);
    private static final ObjectType JURISDICTION_TYPE = new ClassObjectType(Jurisdiction.class);

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesById;
    private final Map<Rule, String> idsByRule;
    private volatile Map<String, List<String>> fieldsByRule;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rulesById) {
        this.kieBase = kieBase;
        this.rulesById = Collections.unmodifiableMap(rulesById);
        Map<Rule, String> ids = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ids.put(rule, metadata(rule, ID));
            }
        }
        this.idsByRule = Collections.unmodifiableMap(ids);
    }

    /** Loads the model classes listed in the index resource {@code modelIndex}. */
    static RuleBase fromModelIndex(ClassLoader loader, String modelIndex) {
        List<Model> models = models(loader, modelIndex);
        if (models.isEmpty()) {
            throw new ContentException(modelIndex + ": names no rule model; was the content built with kie-maven-plugin?");
        }
        return fromModels(models);
    }

    /** The model classes listed in the index resource {@code modelIndex}, instantiated. */
    static List<Model> models(ClassLoader loader, String modelIndex) {
        List<Model> models = new ArrayList<>();
        for (String className : readIndex(loader, modelIndex)) {
            models.add(instantiate(loader, className, modelIndex));
        }
        return models;
    }

    /** One rule base of all the models' rules. */
    static RuleBase fromModels(List<Model> models) {
        return of(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** Wraps a rule base built some other way (e.g. compiled from a content folder). */
    static RuleBase of(KieBase kieBase) {
        return new RuleBase(kieBase, describe(kieBase));
    }

    private static List<String> readIndex(ClassLoader loader, String modelIndex) {
        InputStream in = loader.getResourceAsStream(modelIndex);
        if (in == null) {
            throw new ContentException(modelIndex + ": precompiled rule model index not found on the classpath");
        }
        List<String> classes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith(INDEX_HEADER)) {
                    classes.add(line);
                }
            }
        } catch (IOException e) {
            throw new ContentException(modelIndex + ": cannot be read: " + e.getMessage(), e);
        }
        return classes;
    }

    private static Model instantiate(ClassLoader loader, String className, String modelIndex) {
        try {
            return (Model) Class.forName(className, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new ContentException(modelIndex + ": cannot load rule model class " + className + ": " + e, e);
        }
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String id = metadata(rule, ID);
                String version = metadata(rule, VERSION);
                if (id == null || version == null) {
                    throw new ContentException("rule \"" + rule.getName() + "\" in package " + pkg.getName()
                            + " has no @" + (id == null ? ID : VERSION) + "(...) metadata");
                }
                RuleInfo info = new RuleInfo(id, version, rule.getName(), pkg.getName());
                RuleInfo earlier = byId.putIfAbsent(info.id(), info);
                if (earlier != null) {
                    throw new ContentException("rules \"" + earlier.name() + "\" and \"" + info.name()
                            + "\" have the same @id(\"" + info.id() + "\")");
                }
            }
        }
        return byId;
    }

    /**
     * A rule's metadata value as text. Rules compiled at load time keep the DRL quotes around
     * the value ({@code "danger-kitchen"}); the precompiled model does not: both read the same here.
     */
    static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    /**
     * The situation fields each rule's conditions read, by rule id; worked out once, on first use.
     * Reads the properties the executable model records for each constraint (Drools internals,
     * pinned by tests; only explanations use it, never the advise path).
     */
    Map<String, List<String>> fieldsByRule() {
        Map<String, List<String>> fields = fieldsByRule;
        if (fields == null) {
            fields = new TreeMap<>();
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    TreeSet<String> read = new TreeSet<>();
                    collectFields(((RuleImpl) rule).getLhs(), read);
                    fields.put(metadata(rule, ID), List.copyOf(read));
                }
            }
            fieldsByRule = fields = Collections.unmodifiableMap(fields);
        }
        return fields;
    }

    private static void collectFields(RuleConditionElement element, Set<String> read) {
        if (element instanceof Pattern pattern) {
            if (pattern.getObjectType().isAssignableFrom(SITUATION_TYPE)) {
                for (Constraint c : pattern.getConstraints()) {
                    if (c instanceof LambdaConstraint lambda) {
                        read.addAll(List.of(lambda.getEvaluator().getReactiveProps()));
                    }
                }
            } else if (pattern.getObjectType().isAssignableFrom(JURISDICTION_TYPE)) {
                jurisdictionFields(pattern, read);
            }
        }
        for (RuleConditionElement child : element.getNestedElements()) {
            collectFields(child, read);
        }
    }

    /**
     * The situation fields a {@code Jurisdiction} pattern depends on: the engine makes the fact from
     * the country, and from the region too for a disclosure scheme (which may cover part of a country).
     */
    private static void jurisdictionFields(Pattern pattern, Set<String> read) {
        read.add("country");
        for (Constraint c : pattern.getConstraints()) {
            if (c instanceof LambdaConstraint lambda
                    && List.of(lambda.getEvaluator().getReactiveProps()).contains("disclosureScheme")) {
                read.add("region");
            }
        }
    }

    /**
     * Each rule's id by identity of the rule object, for the agenda listener: the rule of a match
     * is the rule base's own object, so no metadata is read per firing.
     */
    Map<Rule, String> idsByRule() {
        return idsByRule;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Every rule, by id. */
    Map<String, RuleInfo> rules() {
        return rulesById;
    }
}
