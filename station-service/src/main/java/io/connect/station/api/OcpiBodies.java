package io.connect.station.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads pushed OCPI bodies; any problem becomes a {@link BadOcpiRequest} (status 2001). */
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
            throw new BadOcpiRequest("body: not valid JSON");
        }
        throw new BadOcpiRequest("body: a JSON object is required");
    }

    public <T> T read(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (Exception e) {
            throw new BadOcpiRequest("body: not a valid OCPI " + type.getSimpleName() + " ("
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
            throw new BadOcpiRequest(field + ": \"" + v.asText() + "\" differs from the URL (\"" + fromUrl + "\")");
        }
    }

    public static void requireLastUpdated(ObjectNode patch) {
        if (!patch.hasNonNull("last_updated")) {
            throw new BadOcpiRequest("last_updated: is required in a PATCH");
        }
    }

    public static void check(String problem) {
        if (problem != null) {
            throw new BadOcpiRequest(problem);
        }
    }

    /** OCPI 2001, answered with HTTP 400. */
    public static class BadOcpiRequest extends RuntimeException {
        public BadOcpiRequest(String message) {
            super(message);
        }
    }

    /** OCPI 2003, answered with HTTP 404. */
    public static class UnknownLocation extends RuntimeException {
        public UnknownLocation(String message) {
            super(message);
        }
    }
}
