package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

public class InvoiceItem implements StripeObject {
    public final String id = Ids.next("ii");
    public final String lineId = Ids.next("il");
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final Map<String, String> metadata = new LinkedHashMap<>();
    public String customer;
    public long amount;
    public long quantity = 1;
    public String currency;
    public String description;
    public String invoice;
    public long periodStart = created;
    public long periodEnd = created;

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
        ObjectNode n = Json.resource(id, "invoiceitem", 0);
        n.put("amount", amount).put("currency", currency).put("customer", customer).put("date", created)
                .put("description", description).put("discountable", true);
        n.set("discounts", Json.arr());
        n.put("invoice", invoice);
        n.set("metadata", Json.map(metadata));
        n.put("net_amount", amount).putNull("parent");
        n.set("period", period());
        n.putNull("pricing").put("proration", false).put("quantity", quantity);
        n.set("tax_rates", Json.arr());
        n.putNull("test_clock");
        return n;
    }

    /** This item as a line of its invoice ("object": "line_item"). */
    public synchronized ObjectNode toLineJson() {
        ObjectNode n = Json.obj().put("id", lineId).put("object", "line_item").put("amount", amount)
                .put("currency", currency).put("description", description);
        n.set("discount_amounts", Json.arr());
        n.put("discountable", true);
        n.set("discounts", Json.arr());
        n.put("invoice", invoice).put("livemode", false);
        n.set("metadata", Json.map(metadata));
        ObjectNode details = Json.obj().put("invoice_item", id).put("proration", false);
        details.set("proration_details", Json.obj().putNull("credited_items"));
        details.putNull("subscription");
        ObjectNode parent = Json.obj().put("type", "invoice_item_details");
        parent.set("invoice_item_details", details);
        parent.putNull("subscription_item_details");
        n.set("parent", parent);
        n.set("period", period());
        n.set("pretax_credit_amounts", Json.arr());
        n.putNull("pricing").put("quantity", quantity).put("subtotal", amount);
        n.set("taxes", Json.arr());
        return n;
    }

    private ObjectNode period() {
        return Json.obj().put("end", periodEnd).put("start", periodStart);
    }
}
