package org.safeplan.rules.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.safeplan.rules.internal.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a YAML document against one of the library's published JSON Schemas, the declaration of
 * the file's form, and says what is wrong in an author's words: {@code file:line}, the field, the
 * allowed fields or values, a "did you mean". It reads the subset of JSON Schema those schemas use
 * ({@code type}, {@code properties}, {@code patternProperties}, {@code additionalProperties: false},
 * {@code required}, {@code enum}, {@code pattern}, {@code minLength}, {@code minItems},
 * {@code maxItems}, {@code items}, {@code format: date}, local {@code $ref}); the schemas' own tests
 * check, with a complete validator, that it accepts and refuses the same documents.
 *
 * <p>A complete validator (networknt's) is not used at run time: with its dependencies it would
 * add about 0.7 MB and a second YAML stack to rules-core, and its messages name JSON pointers,
 * not lines.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /**
     * The schema published as the resource {@code resource} of rules-core; read through this class, so
     * that it is found in rules-core's own module on the module path too.
     */
    public static SchemaCheck load(String resource) {
        try (InputStream in = Objects.requireNonNull(SchemaCheck.class.getResourceAsStream("/" + resource), resource)) {
            return new SchemaCheck(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    /**
     * Every way {@code document} departs from the schema, each as {@code file:line: message}.
     *
     * @param lines filled with the line of each field found, by its path ({@code helplines[0].name})
     */
    public List<String> check(String file, Node document, Map<String, Integer> lines) {
        List<String> problems = new ArrayList<>();
        new Walk(file, problems, lines).value(root, null, document, "");
        return problems;
    }

    /** One check of one document. */
    private final class Walk {
        private final String file;
        private final List<String> problems;
        private final Map<String, Integer> lines;

        Walk(String file, List<String> problems, Map<String, Integer> lines) {
            this.file = file;
            this.problems = problems;
            this.lines = lines;
        }

        private void report(Node at, String path, String message) {
            String field = path.isEmpty() ? "" : "field \"" + path + "\": ";
            problems.add(file + ":" + line(at) + ": " + field + message);
        }

        void value(JsonNode schema, String description, Node node, String path) {
            JsonNode s = resolve(schema);
            String about = schema.has("description") ? schema.get("description").asText()
                    : s.has("description") ? s.get("description").asText() : description;
            lines.put(path, line(node));
            if (s.has("enum")) {
                choice(s, node, path);
                return;
            }
            String type = s.path("type").asText("");
            switch (type) {
                case "object" -> object(s, node, path);
                case "array" -> array(s, about, node, path);
                case "boolean" -> {
                    if (!(node instanceof ScalarNode scalar) || !Tag.BOOL.equals(scalar.getTag())) {
                        report(node, path, "write true or false" + (about == null ? "" : " (" + about + ")"));
                    }
                }
                case "string" -> text(s, about, node, path);
                default -> throw new IllegalStateException("schema type not handled: " + type);
            }
        }

        private void object(JsonNode s, Node node, String path) {
            if (!(node instanceof MappingNode mapping)) {
                report(node, path, "must be a mapping of fields (name: value lines)");
                return;
            }
            JsonNode properties = s.path("properties");
            List<String> seen = new ArrayList<>();
            for (NodeTuple t : mapping.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                seen.add(key);
                String child = path.isEmpty() ? key : path + "." + key;
                JsonNode declared = properties.get(key);
                if (declared == null) {
                    declared = patternProperty(s, key);
                }
                if (declared != null) {
                    value(declared, null, t.getValueNode(), child);
                } else {
                    List<String> allowed = new ArrayList<>();
                    properties.fieldNames().forEachRemaining(allowed::add);
                    String allowedText = allowed.isEmpty() ? "fields are keyed " + patterns(s)
                            : "allowed fields: " + String.join(", ", allowed);
                    report(t.getKeyNode(), "", "unknown field \"" + child + "\"" + Suggestions.didYouMean(key, allowed)
                            + "; " + allowedText);
                }
            }
            for (JsonNode required : s.path("required")) {
                if (!seen.contains(required.asText())) {
                    String child = path.isEmpty() ? required.asText() : path + "." + required.asText();
                    JsonNode declared = properties.get(required.asText());
                    String about = declared == null ? null : descriptionOf(declared);
                    report(node, "", "missing field \"" + child + "\"" + (about == null ? "" : ": " + about));
                }
            }
        }

        private void array(JsonNode s, String about, Node node, String path) {
            if (!(node instanceof SequenceNode sequence)) {
                report(node, path, "must be a list (lines starting with \"- \")" + (about == null ? "" : ": " + about));
                return;
            }
            List<Node> items = sequence.getValue();
            if (s.has("minItems") && items.size() < s.get("minItems").asInt()) {
                report(node, path, "needs at least " + s.get("minItems").asInt() + (about == null ? "" : ": " + about));
            }
            if (s.has("maxItems") && items.size() > s.get("maxItems").asInt()) {
                report(items.get(s.get("maxItems").asInt()), path, "at most " + s.get("maxItems").asInt()
                        + " allowed" + (about == null ? "" : ": " + about));
            }
            for (int i = 0; i < items.size(); i++) {
                value(s.path("items"), null, items.get(i), path + "[" + i + "]");
            }
        }

        private void text(JsonNode s, String about, Node node, String path) {
            if (!(node instanceof ScalarNode scalar) || !isText(scalar)) {
                String shown = node instanceof ScalarNode scalar ? " " + Suggestions.quote(scalar.getValue()) : "";
                report(node, path, "write the value" + shown + " in double quotes: it is a text"
                        + (about == null ? "" : " (" + about + ")"));
                return;
            }
            String value = scalar.getValue();
            if (s.has("minLength") && value.length() < s.get("minLength").asInt()) {
                report(node, path, "must not be empty");
            } else if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(value).find()) {
                report(node, path, Suggestions.quote(value) + " is not allowed here"
                        + (about == null ? "" : ": " + about));
            } else if ("date".equals(s.path("format").asText()) && !isDate(value)) {
                report(node, path, Suggestions.quote(value) + " is not a date" + (about == null ? "" : ": " + about));
            }
        }

        private void choice(JsonNode s, Node node, String path) {
            List<String> allowed = new ArrayList<>();
            s.get("enum").forEach(v -> allowed.add(v.asText()));
            String value = node instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (value == null || !allowed.contains(value)) {
                String shown = value == null ? "this value" : Suggestions.quote(value);
                report(node, path, shown + " is not allowed" + (value == null ? "" : Suggestions.didYouMean(value, allowed))
                        + "; allowed values: " + String.join(", ", allowed));
            }
        }

        private JsonNode patternProperty(JsonNode s, String key) {
            Iterator<Map.Entry<String, JsonNode>> it = s.path("patternProperties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (Pattern.compile(e.getKey()).matcher(key).find()) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    private String descriptionOf(JsonNode schema) {
        if (schema.has("description")) {
            return schema.get("description").asText();
        }
        JsonNode s = resolve(schema);
        return s.has("description") ? s.get("description").asText() : null;
    }

    private static String patterns(JsonNode s) {
        List<String> out = new ArrayList<>();
        s.path("patternProperties").fieldNames().forEachRemaining(p -> out.add(
                "^[a-z]{2,3}$".equals(p) ? "by language code (en, es)" : p));
        return String.join(", ", out);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = root.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    /** A text, as YAML reads it: a plain or quoted string, or a date written without quotes. */
    private static boolean isText(ScalarNode scalar) {
        return Tag.STR.equals(scalar.getTag()) || Tag.TIMESTAMP.equals(scalar.getTag());
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
