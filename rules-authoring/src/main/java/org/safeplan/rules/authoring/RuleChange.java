package org.safeplan.rules.authoring;

/**
 * A rule that differs between two versions of the content.
 *
 * @param ruleId the rule's id
 * @param kind what happened to it
 * @param baselineVersion its {@code @version} before (null when added)
 * @param candidateVersion its {@code @version} after (null when removed)
 */
public record RuleChange(String ruleId, Kind kind, String baselineVersion, String candidateVersion) {

    /** What happened to a rule. */
    public enum Kind {
        ADDED,
        REMOVED,
        /** Its text changed and its version was raised. */
        CHANGED,
        /** Its text changed but its {@code @version} did not: the author must raise it. */
        CHANGED_WITHOUT_NEW_VERSION
    }
}
