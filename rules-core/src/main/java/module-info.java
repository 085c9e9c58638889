/**
 * SafePlan Rules, the runtime: advice on precompiled guidance content. The exported packages are
 * the public API; the {@code internal} packages are open only to the authoring tools
 * (rules-authoring), which load content folders through {@link java.util.ServiceLoader}.
 */
module org.safeplan.rules {
    exports org.safeplan.rules;
    exports org.safeplan.rules.content;
    exports org.safeplan.rules.json;

    exports org.safeplan.rules.internal to org.safeplan.rules.authoring;
    exports org.safeplan.rules.internal.catalog to org.safeplan.rules.authoring;
    exports org.safeplan.rules.internal.engine to org.safeplan.rules.authoring;
    exports org.safeplan.rules.internal.explain to org.safeplan.rules.authoring;
    exports org.safeplan.rules.internal.json to org.safeplan.rules.authoring;

    // Jackson reads a situation through Situation.Builder, whose constructor is private.
    opens org.safeplan.rules to com.fasterxml.jackson.databind;

    uses org.safeplan.rules.internal.engine.FolderLoader;

    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    requires org.slf4j;
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires static com.github.benmanes.caffeine;
}
