package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Small helpers to build Stripe-shaped JSON. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode obj() {
        return F.objectNode();
    }

    public static ArrayNode arr() {
        return F.arrayNode();
    }

    /** The fields every Stripe API resource carries. */
    public static ObjectNode resource(String id, String object, long created) {
        ObjectNode n = obj().put("id", id).put("object", object);
        if (created > 0) {
            n.put("created", created);
        }
        n.put("livemode", false);
        return n;
    }

    public static ObjectNode map(Map<String, String> values) {
        ObjectNode n = obj();
        values.forEach(n::put);
        return n;
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode a = arr();
        values.forEach(a::add);
        return a;
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
