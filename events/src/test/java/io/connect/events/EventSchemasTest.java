package io.connect.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemasTest {

    private final EventSchemas schemas = new EventSchemas();

    static List<String> types() {
        return EventSchemas.types();
    }

    @Test
    void everySchemaFileIsListedAndEveryTypeHasAFileAndAnExample() {
        Set<String> files = Resources.schemasIn(Resources.SCHEMAS).keySet();
        Set<String> expected = new HashSet<>(EventTypes.ALL);
        expected.addAll(EventTypes.SHARED);
        assertEquals(expected, files);
        assertEquals(new HashSet<>(EventTypes.ALL), Resources.schemasIn(Resources.EXAMPLES).keySet());
    }

    @Test
    void everySchemaFileConformsToTheDraft202012MetaSchema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Resources.schemasIn(Resources.SCHEMAS).forEach((name, schema) -> {
            assertTrue(meta.validate(schema).isEmpty(), name + ": " + meta.validate(schema));
            assertEquals(EventSchemas.BASE_URI + name + ".json", schema.path("$id").asText(), name + " $id");
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        });
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaLoadsWithItsReferencesAndPinsTypeAndContentType(String type) {
        JsonSchema schema = schemas.schema(type);
        JsonNode node = schema.getSchemaNode();
        assertEquals(type, node.at("/properties/type/const").asText());
        assertEquals("cloudevent.json", node.path("$ref").asText());
        assertTrue(node.at("/properties/data/required").size() > 0, type + " data lists no required field");
    }

    @ParameterizedTest
    @MethodSource("types")
    void theRealExampleValidates(String type) {
        String example = Resources.text("examples/" + type + ".json");
        assertEquals(List.of(), schemas.validate(example));
        assertEquals(List.of(), schemas.validate(type, example));
    }

    @Test
    void aMissingRequiredDataFieldIsReported() {
        ObjectNode event = example("charging.session.completed.v1");
        ((ObjectNode) event.get("data")).remove("consumed_energy");
        List<String> problems = schemas.validate(event.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("consumed_energy"), problems.toString());
    }

    @Test
    void aWrongTypeIsReported() {
        ObjectNode event = example("charging.session.progress.v1");
        ((ObjectNode) event.get("data")).put("duration", "12");
        List<String> problems = schemas.validate(event.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("duration"), problems.toString());
    }

    @Test
    void formatsAndPatternsAreEnforced() {
        ObjectNode event = example("charging.session.started.v1");
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("session_id", "not-a-uuid");
        data.put("start_time", "yesterday");
        ((ObjectNode) data.get("pre_authorization")).put("amount", "30");
        List<String> problems = schemas.validate(event.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("session_id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("start_time")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("amount")), problems.toString());
    }

    @Test
    void envelopeAttributesAreRequiredAndPinned() {
        ObjectNode event = example("user.created.v1");
        event.remove("partitionkey");
        event.put("datacontenttype", "text/plain");
        event.put("specversion", "0.3");
        List<String> problems = schemas.validate(event.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("partitionkey")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("datacontenttype")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("specversion")), problems.toString());
    }

    @Test
    void anEventOfAnotherTypeFailsAgainstTheWrongSchema() {
        String progress = Resources.text("examples/charging.session.progress.v1.json");
        assertFalse(schemas.validate("charging.session.completed.v1", progress).isEmpty());
    }

    @Test
    void anInvoiceStatusOutsideTheEnumIsReported() {
        ObjectNode event = example("billing.invoice.issued.v1");
        ((ObjectNode) event.get("data")).put("status", "OPEN");
        assertTrue(schemas.validate(event.toString()).stream().anyMatch(p -> p.contains("status")));
    }

    @Test
    void unknownTypesAndGarbageAreProblemsNotExceptions() {
        assertEquals(List.of("not JSON"), schemas.validate("{oops"));
        assertEquals(List.of("$.type: no schema for event type charging.session.exploded.v1"),
                schemas.validate("{\"type\":\"charging.session.exploded.v1\"}"));
        assertThrows(IllegalArgumentException.class, () -> schemas.schema("nope.v1"));
    }

    @Test
    void unknownDataFieldsAreAllowedSoFieldsCanBeAdded() {
        ObjectNode event = example("payment.method.attached.v1");
        ((ObjectNode) event.get("data")).put("exp_year", 2030);
        event.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertEquals(List.of(), schemas.validate(event.toString()));
    }

    private static ObjectNode example(String type) {
        return (ObjectNode) Resources.json(Resources.text("examples/" + type + ".json"));
    }
}
