package org.safeplan.rules.internal.engine;

/** What the content says about one rule: its stable id, version, name and package. */
public record RuleInfo(String id, String version, String name, String packageName) {
}
