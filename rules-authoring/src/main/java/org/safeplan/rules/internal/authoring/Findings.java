package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeplan.rules.authoring.ContentProblem;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.Problems;

/** The problems (and warnings) found so far in one content folder, in the order found. */
final class Findings {

    /** How the content readers write a problem: {@code file:line: message} or {@code file: message}. */
    private static final Pattern LOCATED = Pattern.compile("(?s)([^:]+?):(?:(\\d+):)? (.*)");

    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();

    void add(String file, int line, String message) {
        problems.add(new ContentProblem(file, Math.max(line, 0), message));
    }

    /** Adds every problem a content reader collected. */
    void addAll(Problems found) {
        found.list().forEach(this::addLocated);
    }

    /** Adds every problem a content reader threw. */
    void addAll(ContentException e) {
        e.problems().forEach(this::addLocated);
    }

    private void addLocated(String problem) {
        problems.add(located(problem));
    }

    /** A message written {@code file:line: message} or {@code file: message}, located. */
    private static ContentProblem located(String message) {
        Matcher m = LOCATED.matcher(message);
        return m.matches() ? new ContentProblem(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3)) : new ContentProblem(".", 0, message);
    }

    /** A warning: something a reviewer should look at, which does not stop the content from loading. */
    void warn(String file, int line, String message) {
        warnings.add(new ContentProblem(file, Math.max(line, 0), message));
    }

    /** Adds a warning a content reader wrote as {@code file:line: message}. */
    void warn(String message) {
        warnings.add(located(message));
    }

    List<ContentProblem> list() {
        return List.copyOf(problems);
    }

    List<ContentProblem> warnings() {
        return List.copyOf(warnings);
    }
}
