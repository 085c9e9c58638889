package org.safeplan.rules.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link ContentValidator#validate(java.nio.file.Path)} found: every problem of a content
 * folder, sorted by file, then line, and the warnings: what a reviewer should look at but does not
 * stop the content from loading (a jurisdiction pack past its review date, a number that is not a
 * plausible one of its country). Immutable.
 */
public final class ValidationReport {

    private static final Comparator<ContentProblem> ORDER = Comparator
            .comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line);

    private final List<ContentProblem> problems;
    private final List<ContentProblem> warnings;

    /** Creates a report without warnings; the problems are sorted (by file, then line, keeping the given order within a line). */
    ValidationReport(List<ContentProblem> problems) {
        this(problems, List.of());
    }

    /** Creates a report; problems and warnings are sorted as in {@link #ValidationReport(List)}. */
    ValidationReport(List<ContentProblem> problems, List<ContentProblem> warnings) {
        this.problems = problems.stream().sorted(ORDER).toList();
        this.warnings = warnings.stream().sorted(ORDER).toList();
    }

    /** Every problem, sorted by file, then line. */
    public List<ContentProblem> problems() {
        return problems;
    }

    /**
     * Every warning, sorted by file, then line: a jurisdiction pack past its {@code reviewBy} date, a
     * number that libphonenumber does not know as an emergency or helpline number of the pack's country.
     */
    public List<ContentProblem> warnings() {
        return warnings;
    }

    /** Whether no problem was found (warnings do not count). */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One {@code file:line: message} per line; empty when valid. */
    @Override
    public String toString() {
        return problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }
}
