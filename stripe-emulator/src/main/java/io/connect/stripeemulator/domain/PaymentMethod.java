package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A concrete card PaymentMethod; aliases such as pm_card_visa become one of these when used. */
public class PaymentMethod implements StripeObject {
    public final String id = Ids.next("pm");
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final Map<String, String> metadata = new LinkedHashMap<>();
    public final TestCard card;
    public String customer;
    public String billingName;
    public String billingEmail;

    public PaymentMethod(TestCard card) {
        this.card = card;
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
    public synchronized ObjectNode toJson() {
        ObjectNode n = Json.resource(id, "payment_method", created);
        n.put("allow_redisplay", "unspecified");
        ObjectNode address = Json.obj().putNull("city").putNull("country").putNull("line1").putNull("line2")
                .putNull("postal_code").putNull("state");
        ObjectNode billing = Json.obj();
        billing.set("address", address);
        billing.put("email", billingEmail).put("name", billingName).putNull("phone").putNull("tax_id");
        n.set("billing_details", billing);
        n.set("card", card.toJson());
        n.put("customer", customer);
        n.set("metadata", Json.map(metadata));
        n.set("radar_options", Json.obj());
        n.put("type", "card");
        return n;
    }
}
