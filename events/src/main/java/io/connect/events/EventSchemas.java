package io.connect.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of Connect's public events, one per CloudEvents type, loaded from this jar's
 * {@code schemas/} folder. {@link #validate(String)} checks a Kafka record value and returns its problems.
 */
public final class EventSchemas {

    /** The {@code $id} prefix of every schema; resolved from the classpath, never fetched. */
    public static final String BASE_URI = "https://schemas.connect.io/events/";
    public static final String CLASSPATH_FOLDER = "schemas/";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

    public EventSchemas() {
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix(BASE_URI, "classpath:" + CLASSPATH_FOLDER)));
        // Formats (uuid, date-time, uri, email) are annotations by default in 2020-12: we want them checked.
        config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    public static List<String> types() {
        return EventTypes.ALL;
    }

    public static boolean hasSchema(String type) {
        return type != null && EventTypes.ALL.contains(type);
    }

    /** The compiled schema of an event type, with every {@code $ref} resolved. */
    public JsonSchema schema(String type) {
        if (!hasSchema(type)) {
            throw new IllegalArgumentException("no schema for event type " + type);
        }
        return cache.computeIfAbsent(type, this::load);
    }

    /** Validates a record value against the schema its {@code type} names; empty when it conforms. */
    public List<String> validate(String json) {
        Optional<JsonNode> event = parse(json);
        if (event.isEmpty()) {
            return List.of("not JSON");
        }
        JsonNode type = event.get().get("type");
        if (type == null || !type.isTextual()) {
            return List.of("$.type: is missing or not a string");
        }
        if (!hasSchema(type.asText())) {
            return List.of("$.type: no schema for event type " + type.asText());
        }
        return problems(schema(type.asText()), event.get());
    }

    /** Validates against the schema of {@code type}, whatever the event says its type is. */
    public List<String> validate(String type, String json) {
        JsonSchema schema = schema(type);
        return parse(json).map(node -> problems(schema, node)).orElse(List.of("not JSON"));
    }

    private JsonSchema load(String type) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE_URI + type + ".json"), config);
        schema.initializeValidators();
        return schema;
    }

    private static List<String> problems(JsonSchema schema, JsonNode event) {
        return schema.validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(json == null ? null : MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
