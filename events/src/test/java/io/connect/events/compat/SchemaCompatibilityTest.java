package io.connect.events.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCompatibilityTest {

    private static final String BASE = """
            {"type": "object",
             "required": ["session_id", "duration"],
             "properties": {
               "type": {"const": "x.v1"},
               "session_id": {"type": "string", "format": "uuid"},
               "duration": {"type": "integer"},
               "country": {"type": ["string", "null"]},
               "status": {"type": "string", "enum": ["PAID", "PENDING_PAYMENT"]},
               "hold": {"anyOf": [{"$ref": "common.json#/$defs/hold"}, {"type": "null"}]},
               "cost": {"type": "object", "required": ["total"], "properties": {"total": {"type": "string"}}}
             }}
            """;

    @Test
    void identicalSchemasAreCompatible() {
        assertEquals(List.of(), changes(BASE, BASE));
    }

    @Test
    void additionsAreCompatible() {
        String current = BASE
                .replace("\"properties\": {\n", "\"properties\": {\n\"new_field\": {\"type\": \"string\"},\n")
                .replace("[\"PAID\", \"PENDING_PAYMENT\"]", "[\"PAID\", \"PENDING_PAYMENT\", \"REFUNDED\"]")
                .replace("{\"total\": {\"type\": \"string\"}}", "{\"total\": {\"type\": \"string\"}, \"vat\": {}}")
                .replace("\"type\": \"string\", \"format\": \"uuid\"}",
                        "\"type\": \"string\", \"format\": \"uuid\", \"description\": \"the session\"}");
        assertEquals(List.of(), changes(BASE, current));
    }

    @Test
    void aNewSchemaIsCompatible() {
        assertEquals(List.of(), SchemaCompatibility.breakingChanges(Map.of("a", json(BASE)),
                Map.of("a", json(BASE), "b", json("{\"type\": \"object\"}"))));
    }

    @Test
    void aRemovedPropertyBreaks() {
        List<String> problems = changes(BASE, BASE.replace("\"country\": {\"type\": [\"string\", \"null\"]},", ""));
        assertEquals(List.of("x: /properties/country: property removed"), problems);
    }

    @Test
    void aRemovedNestedPropertyBreaks() {
        String current = BASE.replace("\"required\": [\"total\"], \"properties\": {\"total\": {\"type\": \"string\"}}",
                "\"properties\": {}");
        List<String> problems = changes(BASE, current);
        assertTrue(problems.contains("x: /properties/cost/properties/total: property removed"), problems.toString());
    }

    @Test
    void aChangedTypeBreaks() {
        List<String> problems = changes(BASE, BASE.replace("\"duration\": {\"type\": \"integer\"}",
                "\"duration\": {\"type\": \"string\"}"));
        assertEquals(List.of("x: /properties/duration: type changed from type=[integer] to type=[string]"), problems);
    }

    @Test
    void losingNullOrAFormatOrAReferenceBreaks() {
        String current = BASE.replace("[\"string\", \"null\"]", "\"string\"")
                .replace(", \"format\": \"uuid\"", "")
                .replace("common.json#/$defs/hold", "common.json#/$defs/other");
        List<String> problems = changes(BASE, current);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x: /properties/country: type changed")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x: /properties/session_id: type changed")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x: /properties/hold: type changed")));
    }

    @Test
    void aChangedConstBreaks() {
        assertEquals(1, changes(BASE, BASE.replace("\"x.v1\"", "\"x.v2\"")).size());
    }

    @Test
    void aNewlyRequiredPropertyBreaks() {
        List<String> problems = changes(BASE, BASE.replace("[\"session_id\", \"duration\"]",
                "[\"session_id\", \"duration\", \"country\"]"));
        assertEquals(List.of("x: /: property 'country' newly required"), problems);
    }

    @Test
    void aPropertyNoLongerRequiredBreaksBecauseSubscribersRelyOnIt() {
        List<String> problems = changes(BASE, BASE.replace("[\"session_id\", \"duration\"]", "[\"session_id\"]"));
        assertEquals(List.of("x: /: property 'duration' no longer required"), problems);
    }

    @Test
    void anEnumThatLostAValueBreaks() {
        List<String> problems = changes(BASE, BASE.replace("[\"PAID\", \"PENDING_PAYMENT\"]", "[\"PAID\"]"));
        assertEquals(List.of("x: /properties/status: enum lost [PENDING_PAYMENT]"), problems);
    }

    @Test
    void aRemovedSchemaBreaks() {
        List<String> problems = SchemaCompatibility.breakingChanges(
                Map.of("a", json(BASE), "b", json(BASE)), Map.of("a", json(BASE)));
        assertEquals(List.of("b: schema removed"), problems);
    }

    @Test
    void aRemovedSharedDefinitionBreaks() {
        String published = "{\"$defs\": {\"money\": {\"type\": \"string\"}, \"uuid\": {\"type\": \"string\"}}}";
        String current = "{\"$defs\": {\"uuid\": {\"type\": \"string\"}}}";
        assertEquals(List.of("x: /$defs/money: definition removed"), changes(published, current));
    }

    private static List<String> changes(String published, String current) {
        return SchemaCompatibility.breakingChanges("x", json(published), json(current));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
