package io.connect.stripeemulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.stripeemulator.domain.StripeApiError;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Stripe's {@code expand[]=a.b}: replaces ids along the path by the objects they name ("data." inside lists). */
@ApplicationScoped
public class Expander {

    @Inject
    ObjectStore store;

    public void expand(ObjectNode root, List<String> paths) {
        for (String path : paths) {
            String[] segments = path.split("\\.");
            if (segments.length > 4) {
                throw StripeApiError.invalid("expand", "You cannot expand more than 4 levels of a property.");
            }
            expand(root, segments, 0, path);
        }
    }

    private void expand(JsonNode node, String[] segments, int index, String path) {
        if (!(node instanceof ObjectNode object) || index >= segments.length) {
            return;
        }
        String field = segments[index];
        if ("list".equals(object.path("object").asText()) && "data".equals(field)) {
            object.withArray("data").forEach(element -> expand(element, segments, index + 1, path));
            return;
        }
        if (!object.has(field)) {
            throw StripeApiError.invalid("expand", "This property cannot be expanded (" + path + ").");
        }
        JsonNode child = object.get(field);
        if (child.isTextual()) {
            child = store.find(child.asText()).<JsonNode>map(o -> o.toJson()).orElse(child);
            object.set(field, child);
        }
        expand(child, segments, index + 1, path);
    }
}
