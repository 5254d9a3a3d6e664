package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Customer implements StripeObject {
    public final String id = Ids.next("cus");
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final String invoicePrefix = Ids.random(8).toUpperCase();
    public final Map<String, String> metadata = new LinkedHashMap<>();
    public List<String> preferredLocales = new ArrayList<>();
    public String email;
    public String name;
    public String description;
    public String phone;
    public String defaultPaymentMethod;
    public int nextInvoiceSequence = 1;
    public boolean deleted;

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
        if (deleted) {
            return Json.obj().put("id", id).put("object", "customer").put("deleted", true);
        }
        ObjectNode n = Json.resource(id, "customer", created);
        n.putNull("address").put("balance", 0).putNull("currency").putNull("default_source")
                .put("delinquent", false).put("description", description).putNull("discount")
                .put("email", email).put("invoice_prefix", invoicePrefix);
        ObjectNode settings = Json.obj().putNull("custom_fields").put("default_payment_method", defaultPaymentMethod)
                .putNull("footer").putNull("rendering_options");
        n.set("invoice_settings", settings);
        n.set("metadata", Json.map(metadata));
        n.put("name", name).put("next_invoice_sequence", nextInvoiceSequence).put("phone", phone);
        n.set("preferred_locales", Json.strings(preferredLocales));
        n.putNull("shipping").put("tax_exempt", "none").putNull("test_clock");
        return n;
    }
}
