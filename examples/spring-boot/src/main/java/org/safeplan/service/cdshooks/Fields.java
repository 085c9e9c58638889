package org.safeplan.service.cdshooks;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Typed reads of a request's JSON, each naming the field by its path when its type is wrong. The
 * specification's rule for optional fields applies: absent means no value, {@code null} or an empty
 * string is refused.
 */
final class Fields {

    private Fields() {
    }

    /** {@code parent.path} followed by {@code name}. */
    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** An optional object: missing if absent. */
    static JsonNode object(JsonNode parent, String name, String parentPath) {
        JsonNode value = present(parent, name, parentPath);
        if (!value.isMissingNode() && !value.isObject()) {
            throw HookProblem.field(path(parentPath, name), "must be an object");
        }
        return value;
    }

    /** A required object. */
    static JsonNode requiredObject(JsonNode parent, String name, String parentPath) {
        return required(object(parent, name, parentPath), parentPath, name);
    }

    /** An optional array of objects: empty if absent. */
    static List<JsonNode> objects(JsonNode parent, String name, String parentPath) {
        JsonNode value = present(parent, name, parentPath);
        if (value.isMissingNode()) {
            return List.of();
        }
        String path = path(parentPath, name);
        if (!value.isArray()) {
            throw HookProblem.field(path, "must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw HookProblem.field(at(path, i), "must be an object");
            }
            items.add(value.get(i));
        }
        return items;
    }

    /** An optional string: null if absent. */
    static String string(JsonNode parent, String name, String parentPath) {
        JsonNode value = present(parent, name, parentPath);
        if (value.isMissingNode()) {
            return null;
        }
        if (!value.isString() || value.stringValue().isEmpty()) {
            throw HookProblem.field(path(parentPath, name), "must be a non-empty string");
        }
        return value.stringValue();
    }

    /** A required string. */
    static String requiredString(JsonNode parent, String name, String parentPath) {
        String value = string(parent, name, parentPath);
        if (value == null) {
            throw HookProblem.field(path(parentPath, name), "is required");
        }
        return value;
    }

    /** The path of an array's element. */
    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    private static JsonNode present(JsonNode parent, String name, String parentPath) {
        JsonNode value = parent.get(name);
        if (value == null) {
            return MissingNode.getInstance();
        }
        if (value.isNull()) {
            throw HookProblem.field(path(parentPath, name), "must not be null: leave it out when it has no value");
        }
        return value;
    }

    private static JsonNode required(JsonNode value, String parentPath, String name) {
        if (value.isMissingNode()) {
            throw HookProblem.field(path(parentPath, name), "is required");
        }
        return value;
    }
}
