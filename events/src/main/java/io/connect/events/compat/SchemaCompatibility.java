package io.connect.events.compat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the changes between a published schema and its current version that would break a subscriber or
 * reject events already retained on the topic: a removed schema, a removed property or definition, a changed
 * type ({@code type}, {@code $ref}, {@code const}, {@code format} or the branches of {@code anyOf/oneOf}),
 * a property newly required or no longer required, and an enum that lost values.
 * Additions (new optional properties, new enum values, new schemas) are compatible.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** Compares whole catalogues, keyed by schema name (the file name without {@code .json}). */
    public static List<String> breakingChanges(Map<String, JsonNode> published, Map<String, JsonNode> current) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : published.entrySet()) {
            JsonNode now = current.get(entry.getKey());
            if (now == null) {
                problems.add(entry.getKey() + ": schema removed");
            } else {
                breakingChanges(entry.getKey(), entry.getValue(), now).forEach(problems::add);
            }
        }
        return problems;
    }

    public static List<String> breakingChanges(String name, JsonNode published, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare(name + ": ", "", published, current, problems);
        return problems;
    }

    private static void compare(String prefix, String path, JsonNode old, JsonNode now, List<String> problems) {
        String where = prefix + (path.isEmpty() ? "/" : path);
        String oldShape = shape(old);
        String newShape = shape(now);
        boolean sameShape = oldShape.equals(newShape);
        if (!sameShape) {
            problems.add(where + ": type changed from " + oldShape + " to " + newShape);
        }
        Set<String> lostValues = missing(values(old.get("enum")), values(now.get("enum")));
        if (now.has("enum") && !lostValues.isEmpty()) {
            problems.add(where + ": enum lost " + lostValues);
        }
        Set<String> oldRequired = values(old.get("required"));
        Set<String> newRequired = values(now.get("required"));
        missing(newRequired, oldRequired).forEach(p -> problems.add(where + ": property '" + p + "' newly required"));
        missing(oldRequired, newRequired).forEach(p -> problems.add(where + ": property '" + p + "' no longer required"));
        compareMembers(prefix, path, "properties", "property", old, now, problems);
        compareMembers(prefix, path, "$defs", "definition", old, now, problems);
        if (old.has("items") && now.has("items")) {
            compare(prefix, path + "/items", old.get("items"), now.get("items"), problems);
        }
        for (String keyword : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode oldBranches = old.get(keyword);
            JsonNode newBranches = now.get(keyword);
            // A changed branch is already reported as a changed type; equal branches may still differ inside.
            if (sameShape && oldBranches != null && newBranches != null && oldBranches.size() == newBranches.size()) {
                for (int i = 0; i < oldBranches.size(); i++) {
                    compare(prefix, path + "/" + keyword + "/" + i, oldBranches.get(i), newBranches.get(i), problems);
                }
            }
        }
    }

    private static void compareMembers(String prefix, String path, String keyword, String what, JsonNode old,
                                       JsonNode now, List<String> problems) {
        JsonNode oldMembers = old.path(keyword);
        JsonNode newMembers = now.path(keyword);
        Iterator<String> names = oldMembers.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String memberPath = path + "/" + keyword + "/" + name;
            if (!newMembers.has(name)) {
                problems.add(prefix + memberPath + ": " + what + " removed");
            } else {
                compare(prefix, memberPath, oldMembers.get(name), newMembers.get(name), problems);
            }
        }
    }

    /** What a value may be: its types, reference, constant, format and the shapes of its alternatives. */
    private static String shape(JsonNode schema) {
        List<String> parts = new ArrayList<>();
        if (schema.has("type")) {
            parts.add("type=" + new TreeSet<>(values(schema.get("type"))));
        }
        for (String keyword : List.of("$ref", "const", "format")) {
            if (schema.has(keyword)) {
                parts.add(keyword + "=" + schema.get(keyword));
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            if (schema.has(keyword)) {
                List<String> branches = new ArrayList<>();
                schema.get(keyword).forEach(branch -> branches.add(shape(branch)));
                parts.add(keyword + "=" + new TreeSet<>(branches));
            }
        }
        return parts.isEmpty() ? "any" : String.join(" ", parts);
    }

    private static Set<String> values(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node == null) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        } else {
            values.add(node.isTextual() ? node.asText() : node.toString());
        }
        return values;
    }

    private static Set<String> missing(Set<String> from, Set<String> in) {
        Set<String> gone = new TreeSet<>(from);
        gone.removeAll(in);
        return gone;
    }
}
