package org.safeplan.rules.internal.authoring;

/** Where the problems of one rule go: each names the file, the line and the rule. */
final class RuleProblems {

    private final Findings findings;
    private final String file;
    private final String rule;

    RuleProblems(Findings findings, String file, String rule) {
        this.findings = findings;
        this.file = file;
        this.rule = rule;
    }

    void report(int line, String message) {
        findings.add(file, line, "rule \"" + rule + "\": " + message);
    }
}
