package org.safeplan.rules.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link ContentValidator#validate(java.nio.file.Path)} found: every problem of a content
 * folder, sorted by file, then line. Immutable.
 */
public final class ValidationReport {

    private static final Comparator<ContentProblem> ORDER = Comparator
            .comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line);

    private final List<ContentProblem> problems;

    /** Creates a report; the problems are sorted (by file, then line, keeping the given order within a line). */
    ValidationReport(List<ContentProblem> problems) {
        this.problems = problems.stream().sorted(ORDER).toList();
    }

    /** Every problem, sorted by file, then line. */
    public List<ContentProblem> problems() {
        return problems;
    }

    /** Whether no problem was found. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One {@code file:line: message} per line; empty when valid. */
    @Override
    public String toString() {
        return problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }
}
