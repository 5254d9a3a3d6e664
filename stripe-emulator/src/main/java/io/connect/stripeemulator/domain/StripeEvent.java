package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Stripe Event: a snapshot of the object as it was right after the change. */
public class StripeEvent implements StripeObject {
    public final String id = Ids.next("evt");
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final String type;
    public final String apiVersion;
    private final ObjectNode object;
    private final ObjectNode previousAttributes;
    private final String requestId;
    private final String idempotencyKey;
    public volatile int pendingWebhooks;

    public StripeEvent(String type, String apiVersion, ObjectNode object, ObjectNode previousAttributes,
            String requestId, String idempotencyKey) {
        this.type = type;
        this.apiVersion = apiVersion;
        this.object = object;
        this.previousAttributes = previousAttributes;
        this.requestId = requestId;
        this.idempotencyKey = idempotencyKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long seq() {
        return seq;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode n = Json.obj().put("id", id).put("object", "event").put("api_version", apiVersion)
                .put("created", created);
        ObjectNode data = Json.obj();
        data.set("object", object.deepCopy());
        if (previousAttributes != null) {
            data.set("previous_attributes", previousAttributes);
        }
        n.set("data", data);
        n.put("livemode", false).put("pending_webhooks", pendingWebhooks);
        n.set("request", Json.obj().put("id", requestId).put("idempotency_key", idempotencyKey));
        n.put("type", type);
        return n;
    }
}
