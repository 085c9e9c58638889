package org.safeplan.rules.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Languages;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.json.SafePlanJson;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and updates regression scenario files. A file looks like this:
 * <pre>
 * scenarios:
 *   - name: US survivor in the kitchen with the abuser at home
 *     situation: {country: US, immediateDanger: true, perpetratorOnPremises: true, location: KITCHEN}
 *     expected:
 *       - leave-the-kitchen: [danger-kitchen]
 *       - call-emergency-services: [danger-call-emergency]
 * </pre>
 * {@code situation} uses the field names of the JSON situation document; {@code expected} lists
 * the recommendations in rank order, each with the ids of the rules that recommend it. A scenario
 * may pin a language, {@code language: es}: it is then advised in that language, which must be
 * served (complete for the situation's jurisdiction), not fallen back from.
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    /** Reads every {@code *.yaml} file of a folder, files in name order. */
    public static List<Scenario> readFolder(Path folder) {
        try (var files = Files.list(folder)) {
            List<Scenario> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                all.addAll(read(file));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one scenario file; problems are reported as {@code file:line: message}. */
    public static List<Scenario> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads scenarios from YAML text; {@code file} names it in messages. */
    public static List<Scenario> read(String file, String yaml) {
        Node root;
        try {
            root = yaml().compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new ContentException(file + ":" + (e.getProblemMark().getLine() + 1) + ": invalid YAML: " + e.getProblem());
        }
        Node list = root instanceof MappingNode ? value((MappingNode) root, "scenarios") : null;
        if (!(list instanceof SequenceNode)) {
            throw new ContentException(file + ":1: expected a top-level 'scenarios:' list");
        }
        List<Scenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : ((SequenceNode) list).getValue()) {
            Scenario s = scenario(file, item);
            if (!names.add(s.name())) {
                throw new ContentException(s.location() + ": another scenario in this file has the name \"" + s.name() + "\"");
            }
            out.add(s);
        }
        return out;
    }

    private static Scenario scenario(String file, Node node) {
        int line = line(node);
        if (!(node instanceof MappingNode)) {
            throw new ContentException(file + ":" + line + ": each scenario must have name, situation and expected");
        }
        MappingNode map = (MappingNode) node;
        Node name = value(map, "name");
        if (!(name instanceof ScalarNode)) {
            throw new ContentException(file + ":" + line + ": the scenario has no name");
        }
        Node situationNode = value(map, "situation");
        Map<String, Object> fields = situationNode == null ? Map.of() : constructMap(file, situationNode);
        Situation situation;
        try {
            situation = SafePlanJson.situationFromMap(fields);
        } catch (InvalidSituationException e) {
            throw new ContentException(file + ":" + line(situationNode == null ? node : situationNode)
                    + ": situation: " + e.getMessage());
        }
        Node expectedNode = value(map, "expected");
        if (!(expectedNode instanceof SequenceNode)) {
            throw new ContentException(file + ":" + line + ": scenario \"" + ((ScalarNode) name).getValue()
                    + "\" needs an 'expected:' list (write 'expected: []' for no advice)");
        }
        List<ExpectedAction> expected = new ArrayList<>();
        for (Node entry : ((SequenceNode) expectedNode).getValue()) {
            expected.add(expectedAction(file, entry));
        }
        return new Scenario(((ScalarNode) name).getValue(), fields, situation, language(file, map), expected, file, line);
    }

    /** The optional {@code language:} a scenario pins (a BCP 47 tag), else the source language. */
    private static String language(String file, MappingNode map) {
        Node node = value(map, "language");
        if (node == null) {
            return Languages.SOURCE;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new ContentException(file + ":" + line(node) + ": 'language' must be a language tag such as es");
        }
        try {
            return Languages.requireTag(scalar.getValue());
        } catch (IllegalArgumentException e) {
            throw new ContentException(file + ":" + line(node) + ": language: " + e.getMessage());
        }
    }

    /** {@code action-id: [rule-id, ...]}, optionally followed by {@code cautions: [caution-id, ...]}. */
    private static ExpectedAction expectedAction(String file, Node entry) {
        String form = ": write each expected line as 'action-id: [rule-id, ...]', with 'cautions: [caution-id, ...]'"
                + " on the next line when the action carries cautions";
        if (entry instanceof MappingNode map && !map.getValue().isEmpty() && map.getValue().size() <= 2) {
            NodeTuple action = map.getValue().get(0);
            NodeTuple cautions = map.getValue().size() == 2 ? map.getValue().get(1) : null;
            if (action.getKeyNode() instanceof ScalarNode id
                    && (cautions == null || cautions.getKeyNode() instanceof ScalarNode key && key.getValue().equals("cautions"))) {
                return new ExpectedAction(id.getValue(), names(file, action.getValueNode(), form),
                        cautions == null ? List.of() : names(file, cautions.getValueNode(), form));
            }
        }
        throw new ContentException(file + ":" + line(entry) + form);
    }

    /** A list of plain names, or a {@code file:line} problem. */
    private static List<String> names(String file, Node node, String form) {
        if (node instanceof SequenceNode list) {
            List<String> names = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (!(item instanceof ScalarNode name)) {
                    throw new ContentException(file + ":" + line(item) + ": a list of names is expected here, such as"
                            + " [danger-kitchen]" + form.replaceFirst("^: write", "; write"));
                }
                names.add(name.getValue());
            }
            return names;
        }
        throw new ContentException(file + ":" + line(node) + form);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> constructMap(String file, Node node) {
        if (!(node instanceof MappingNode)) {
            throw new ContentException(file + ":" + line(node) + ": 'situation' must be a mapping of fields to values");
        }
        return new LinkedHashMap<>((Map<String, Object>) new PlainData().construct(node));
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode && key.equals(((ScalarNode) t.getKeyNode()).getValue())) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * Rewrites the {@code expected:} list of each scenario in {@code yaml} whose name is a key of
     * {@code actual}, keeping everything else (comments, situations, order) as written.
     *
     * @return the updated YAML text
     */
    public static String withExpected(String file, String yaml, Map<String, List<ExpectedAction>> actual) {
        Node root = yaml().compose(new java.io.StringReader(yaml));
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        List<int[]> edits = new ArrayList<>();
        List<List<ExpectedAction>> replacements = new ArrayList<>();
        for (Node item : ((SequenceNode) value((MappingNode) root, "scenarios")).getValue()) {
            MappingNode map = (MappingNode) item;
            String name = ((ScalarNode) value(map, "name")).getValue();
            if (!actual.containsKey(name)) {
                continue;
            }
            for (NodeTuple t : map.getValue()) {
                if ("expected".equals(((ScalarNode) t.getKeyNode()).getValue())) {
                    int keyLine = t.getKeyNode().getStartMark().getLine();
                    int indent = t.getKeyNode().getStartMark().getColumn();
                    edits.add(new int[] {keyLine, blockEnd(lines, keyLine, indent), indent});
                    replacements.add(actual.get(name));
                }
            }
        }
        for (int i = edits.size() - 1; i >= 0; i--) {
            int[] edit = edits.get(i);
            List<String> block = render(replacements.get(i), edit[2]);
            for (int l = edit[1] - 1; l >= edit[0]; l--) {
                lines.remove(l);
            }
            lines.addAll(edit[0], block);
        }
        return String.join("\n", lines);
    }

    /**
     * The line after the block that starts at {@code keyLine}: the block runs until a non-blank
     * line indented no deeper than its key; blank lines at its end stay outside it.
     */
    private static int blockEnd(List<String> lines, int keyLine, int indent) {
        int lastContent = keyLine;
        for (int l = keyLine + 1; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.isBlank()) {
                continue;
            }
            int lineIndent = line.length() - line.stripLeading().length();
            if (lineIndent <= indent) {
                break;
            }
            lastContent = l;
        }
        return lastContent + 1;
    }

    private static List<String> render(List<ExpectedAction> expected, int indent) {
        String pad = " ".repeat(indent);
        if (expected.isEmpty()) {
            return List.of(pad + "expected: []");
        }
        List<String> out = new ArrayList<>();
        out.add(pad + "expected:");
        for (ExpectedAction a : expected) {
            out.add(pad + "  - " + a.actionId() + ": [" + String.join(", ", a.firedBy()) + "]");
            if (!a.cautions().isEmpty()) {
                out.add(pad + "    cautions: [" + String.join(", ", a.cautions()) + "]");
            }
        }
        return out;
    }

    /**
     * A YAML reader where only true and false are booleans (as in YAML 1.2): in YAML 1.1 a bare
     * {@code NO} or {@code yes} is a boolean, and {@code wantsHelpContacted: NO} must stay the text NO.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TrueFalseOnly());
    }

    /** The standard resolver with YAML 1.2 booleans. */
    private static final class TrueFalseOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** Turns a YAML node into plain maps, lists, strings, numbers and booleans. */
    private static final class PlainData extends SafeConstructor {
        PlainData() {
            super(new LoaderOptions());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }
}
