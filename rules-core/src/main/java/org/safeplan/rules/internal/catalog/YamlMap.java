package org.safeplan.rules.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeplan.rules.content.ContentException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read from a content file, keeping line numbers so that every problem can be
 * reported as {@code file:line: message}. Only plain data is read: no tags, no Java objects.
 */
public final class YamlMap {

    private final String file;
    private final MappingNode node;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node) {
        this.file = file;
        this.node = node;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                int line = t.getKeyNode().getStartMark().getLine() + 1;
                Integer earlier = keyLines.putIfAbsent(key, line);
                if (earlier != null) {
                    throw new ContentException(file + ":" + line + ": '" + key + "' appears twice in one entry (first at"
                            + " line " + earlier + "): if this line starts a new entry, begin it with '- '");
                }
                entries.put(key, t.getValueNode());
            }
        }
    }

    /** Parses a whole file whose top level must be a mapping. */
    public static YamlMap parse(String file, InputStream in) {
        return new YamlMap(file, compose(file, in));
    }

    /** The mapping read from {@code node}, a part of a file already parsed. */
    static YamlMap of(String file, MappingNode node) {
        return new YamlMap(file, node);
    }

    /** The YAML nodes of a whole file whose top level must be a mapping, with their lines. */
    static MappingNode compose(String file, InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException(file + ": cannot be read: " + e.getMessage(), e);
        }
        try (Reader reader = new java.io.StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(reader);
            if (!(root instanceof MappingNode)) {
                throw new ContentException(file + ":1: expected a mapping of keys to values at the top level");
            }
            return (MappingNode) root;
        } catch (MarkedYAMLException e) {
            throw new ContentException(YamlProblems.inPlainWords(file, text, e), e);
        } catch (YAMLException e) {
            throw new ContentException(file + ": invalid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ContentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file this mapping comes from. */
    public String file() {
        return file;
    }

    /** The 1-based line where the mapping starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** The keys in file order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** The 1-based line of {@code key}, or of this mapping when absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, line());
    }

    /** A content error located at this mapping's line. */
    public ContentException error(String message) {
        return new ContentException(file + ":" + line() + ": " + message);
    }

    /** A content error located at the value of {@code key}. */
    public ContentException error(String key, String message) {
        return new ContentException(file + ":" + lineOf(key) + ": " + message);
    }

    /** Whether the key is present with a non-null value. */
    public boolean has(String key) {
        Node value = entries.get(key);
        return value != null && !(value instanceof ScalarNode && "null".equals(value.getTag().getValue()));
    }

    /** A required scalar value as text. */
    public String string(String key) {
        return optionalString(key).orElseThrow(() -> error("missing '" + key + "'"));
    }

    /** An optional scalar value as text. */
    public Optional<String> optionalString(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = entries.get(key);
        if (!(value instanceof ScalarNode)) {
            throw error(key, "'" + key + "' must be a single value");
        }
        return Optional.of(((ScalarNode) value).getValue());
    }

    /** Whether the value of {@code key} is a single value (not a mapping or a list). */
    public boolean isScalar(String key) {
        return entries.get(key) instanceof ScalarNode;
    }

    /** A required whole number. */
    public int integer(String key) {
        String text = string(key);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw error(key, "'" + key + "' must be a whole number, not \"" + text + "\"");
        }
    }

    /** A required list of scalar values (a single scalar counts as a list of one). */
    public List<String> strings(String key) {
        if (!has(key)) {
            throw error("missing '" + key + "'");
        }
        Node value = entries.get(key);
        if (value instanceof ScalarNode) {
            return List.of(((ScalarNode) value).getValue());
        }
        if (!(value instanceof SequenceNode)) {
            throw error(key, "'" + key + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : ((SequenceNode) value).getValue()) {
            if (!(item instanceof ScalarNode)) {
                throw new ContentException(file + ":" + (item.getStartMark().getLine() + 1)
                        + ": each item of '" + key + "' must be a single value");
            }
            out.add(((ScalarNode) item).getValue());
        }
        return out;
    }

    /** A required nested mapping. */
    public YamlMap map(String key) {
        Node value = entries.get(key);
        if (!(value instanceof MappingNode)) {
            throw value == null ? error("missing '" + key + "'") : error(key, "'" + key + "' must be a mapping");
        }
        return new YamlMap(file, (MappingNode) value);
    }

    /** A required list of mappings. */
    public List<YamlMap> maps(String key) {
        Node value = entries.get(key);
        if (!(value instanceof SequenceNode)) {
            throw value == null ? error("missing '" + key + "'") : error(key, "'" + key + "' must be a list");
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : ((SequenceNode) value).getValue()) {
            if (!(item instanceof MappingNode)) {
                throw new ContentException(file + ":" + (item.getStartMark().getLine() + 1)
                        + ": each item of '" + key + "' must be a mapping");
            }
            out.add(new YamlMap(file, (MappingNode) item));
        }
        return out;
    }
}
