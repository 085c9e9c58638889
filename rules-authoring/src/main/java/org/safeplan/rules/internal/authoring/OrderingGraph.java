package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every {@code advice.putBefore(a, b)} of the content, conditions aside, to find orderings that go
 * round in a circle. Conditions are ignored on purpose: proving two conditional orderings can never
 * apply together is beyond a check an author can follow, and a circle is easy to avoid.
 */
final class OrderingGraph {

    /** One ordering: {@code earlier} before {@code later}, where it is written. */
    record Edge(String earlier, String later, String file, int line, String rule) {
    }

    private final Map<String, List<Edge>> out = new TreeMap<>();

    void add(String earlier, String later, String file, int line, String rule) {
        out.computeIfAbsent(earlier, k -> new ArrayList<>()).add(new Edge(earlier, later, file, line, rule));
    }

    /** One circle through each group of actions that the orderings tie in a circle, in a stable order. */
    List<List<Edge>> cycles() {
        List<List<Edge>> cycles = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String start : out.keySet()) {
            if (reported.contains(start)) {
                continue;
            }
            List<Edge> cycle = pathBack(start, start, new ArrayList<>(), new HashSet<>());
            if (cycle != null) {
                cycle.forEach(e -> reported.add(e.earlier()));
                cycles.add(cycle);
            }
        }
        return cycles;
    }

    /** A path of edges from {@code at} back to {@code target}, depth first, or null. */
    private List<Edge> pathBack(String at, String target, List<Edge> path, Set<String> seen) {
        for (Edge e : out.getOrDefault(at, List.of())) {
            path.add(e);
            if (e.later().equals(target)) {
                return new ArrayList<>(path);
            }
            if (seen.add(e.later())) {
                List<Edge> found = pathBack(e.later(), target, path, seen);
                if (found != null) {
                    return found;
                }
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    /** "a before b (file:line), b before a (file:line)". */
    static String describe(List<Edge> cycle) {
        return cycle.stream().map(e -> "'" + e.earlier() + "' before '" + e.later() + "' (" + e.file() + ":" + e.line()
                + ", rule \"" + e.rule() + "\")").collect(Collectors.joining(", "));
    }
}
