package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Invoice implements StripeObject {
    public final String id = Ids.next("in");
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final Map<String, String> metadata = new LinkedHashMap<>();
    public final List<InvoiceItem> lines = new ArrayList<>();
    public String customer;
    public String customerEmail;
    public String customerName;
    public String currency;
    public String collectionMethod = "charge_automatically";
    public boolean autoAdvance;
    public String description;
    public String footer;
    public String defaultPaymentMethod;
    public Long dueDate;
    public String number;
    public String status = "draft";
    public String hostedInvoiceUrl;
    public String invoicePdf;
    public long amountPaid;
    public long amountPaidOffStripe;
    public int attemptCount;
    public Long finalizedAt;
    public Long paidAt;

    public long total() {
        return lines.stream().mapToLong(i -> i.amount).sum();
    }

    public long amountRemaining() {
        return "paid".equals(status) ? 0 : total() - amountPaid;
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
        long total = total();
        ObjectNode n = Json.resource(id, "invoice", created);
        n.put("account_country", "DE").put("account_name", "Connect (Stripe emulator)").putNull("account_tax_ids")
                .put("amount_due", total).put("amount_overpaid", 0).put("amount_paid", amountPaid)
                .put("amount_paid_off_stripe", amountPaidOffStripe).put("amount_remaining", amountRemaining())
                .put("amount_shipping", 0).putNull("application").put("attempt_count", attemptCount)
                .put("attempted", attemptCount > 0).put("auto_advance", autoAdvance);
        n.set("automatic_tax", Json.obj().putNull("disabled_reason").put("enabled", false).putNull("liability")
                .putNull("provider").putNull("status"));
        n.put("billing_reason", "manual").put("collection_method", collectionMethod).putNull("confirmation_secret")
                .put("currency", currency).putNull("custom_fields").put("customer", customer)
                .putNull("customer_address").put("customer_email", customerEmail).put("customer_name", customerName)
                .putNull("customer_phone").putNull("customer_shipping").put("customer_tax_exempt", "none");
        n.set("customer_tax_ids", Json.arr());
        n.put("default_payment_method", defaultPaymentMethod).putNull("default_source");
        n.set("default_tax_rates", Json.arr());
        n.put("description", description);
        n.set("discounts", Json.arr());
        putLong(n, "due_date", dueDate);
        putLong(n, "effective_at", finalizedAt);
        n.put("ending_balance", finalizedAt == null ? null : 0L);
        n.put("footer", footer).putNull("from_invoice").put("hosted_invoice_url", hostedInvoiceUrl)
                .put("invoice_pdf", invoicePdf);
        n.set("issuer", Json.obj().put("type", "self"));
        n.putNull("last_finalization_error").putNull("latest_revision");
        n.set("lines", linesJson());
        n.set("metadata", Json.map(metadata));
        n.putNull("next_payment_attempt").put("number", number).putNull("on_behalf_of").putNull("parent");
        n.set("payment_settings", Json.obj().putNull("default_mandate").putNull("payment_method_options")
                .putNull("payment_method_types"));
        n.put("period_end", created).put("period_start", created)
                .put("post_payment_credit_notes_amount", 0).put("pre_payment_credit_notes_amount", 0)
                .putNull("receipt_number").putNull("rendering").putNull("shipping_cost").putNull("shipping_details")
                .put("starting_balance", 0).putNull("statement_descriptor").put("status", status);
        ObjectNode transitions = Json.obj();
        putLong(transitions, "finalized_at", finalizedAt);
        transitions.putNull("marked_uncollectible_at");
        putLong(transitions, "paid_at", paidAt);
        transitions.putNull("voided_at");
        n.set("status_transitions", transitions);
        n.put("subtotal", total).put("subtotal_excluding_tax", total).putNull("test_clock").putNull("threshold_reason")
                .put("total", total);
        n.set("total_discount_amounts", Json.arr());
        n.put("total_excluding_tax", total);
        n.set("total_pretax_credit_amounts", Json.arr());
        n.set("total_taxes", Json.arr());
        n.putNull("webhooks_delivered_at");
        return n;
    }

    private ObjectNode linesJson() {
        ArrayNode data = Json.arr();
        lines.forEach(i -> data.add(i.toLineJson()));
        ObjectNode list = Json.obj().put("object", "list");
        list.set("data", data);
        list.put("has_more", false).put("total_count", lines.size()).put("url", "/v1/invoices/" + id + "/lines");
        return list;
    }

    private static void putLong(ObjectNode n, String field, Long value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
