package io.connect.station.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.ocpi.transport.OcpiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads pushed OCPI bodies; any problem becomes a {@link OcpiException#invalid} (status 2001). */
@ApplicationScoped
public class OcpiBodies {

    @Inject
    ObjectMapper mapper;

    public ObjectNode object(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (Exception e) {
            throw OcpiException.invalid("body: not valid JSON");
        }
        throw OcpiException.invalid("body: a JSON object is required");
    }

    public <T> T read(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (Exception e) {
            throw OcpiException.invalid("body: not a valid OCPI " + type.getSimpleName() + " ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    public ObjectNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** Sets the key field from the URL when the body lacks it; a different value is an error. */
    public static void matchKey(ObjectNode body, String field, String fromUrl) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            body.put(field, fromUrl);
        } else if (!v.asText().equals(fromUrl)) {
            throw OcpiException.invalid(field + ": \"" + v.asText() + "\" differs from the URL (\"" + fromUrl + "\")");
        }
    }

    public static void requireLastUpdated(ObjectNode patch) {
        if (!patch.hasNonNull("last_updated")) {
            throw OcpiException.invalid("last_updated: is required in a PATCH");
        }
    }

    /** A PATCH that sets an EVSE's status and nothing else (besides the required last_updated). */
    public static boolean onlyStatus(ObjectNode patch) {
        if (!patch.hasNonNull("status")) {
            return false;
        }
        for (var names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("status") && !name.equals("last_updated")) {
                return false;
            }
        }
        return true;
    }

    public static void check(String problem) {
        if (problem != null) {
            throw OcpiException.invalid(problem);
        }
    }

}
