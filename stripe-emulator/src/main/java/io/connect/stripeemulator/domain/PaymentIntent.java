package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class PaymentIntent implements StripeObject {
    public final String id = Ids.next("pi");
    public final String clientSecret = Ids.secretFor(id);
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final Map<String, String> metadata = new LinkedHashMap<>();
    public long amount;
    public long amountCapturable;
    public long amountReceived;
    public String currency;
    public String customer;
    public String description;
    public String paymentMethod;
    public String captureMethod = "automatic_async";
    public List<String> paymentMethodTypes = List.of("card");
    public boolean automaticPaymentMethods;
    public String setupFutureUsage;
    public String receiptEmail;
    public String status = "requires_payment_method";
    public ObjectNode nextAction;
    public ObjectNode lastPaymentError;
    public String latestCharge;
    public Long canceledAt;
    public String cancellationReason;

    public boolean manualCapture() {
        return "manual".equals(captureMethod);
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
        ObjectNode n = Json.resource(id, "payment_intent", created);
        n.put("amount", amount).put("amount_capturable", amountCapturable);
        n.set("amount_details", Json.obj().set("tip", Json.obj()));
        n.put("amount_received", amountReceived).putNull("application").putNull("application_fee_amount");
        if (automaticPaymentMethods) {
            n.set("automatic_payment_methods", Json.obj().put("allow_redirects", "always").put("enabled", true));
        } else {
            n.putNull("automatic_payment_methods");
        }
        if (canceledAt == null) {
            n.putNull("canceled_at");
        } else {
            n.put("canceled_at", canceledAt);
        }
        n.put("cancellation_reason", cancellationReason).put("capture_method", captureMethod)
                .put("client_secret", clientSecret).put("confirmation_method", "automatic")
                .put("currency", currency).put("customer", customer).put("description", description);
        n.set("last_payment_error", lastPaymentError);
        n.put("latest_charge", latestCharge);
        n.set("metadata", Json.map(metadata));
        n.set("next_action", nextAction);
        n.putNull("on_behalf_of").put("payment_method", paymentMethod).putNull("payment_method_configuration_details");
        ObjectNode card = Json.obj().putNull("installments").putNull("mandate_options").putNull("network")
                .put("request_three_d_secure", "automatic");
        n.set("payment_method_options", Json.obj().set("card", card));
        n.set("payment_method_types", Json.strings(paymentMethodTypes));
        n.putNull("processing").put("receipt_email", receiptEmail).putNull("review")
                .put("setup_future_usage", setupFutureUsage).putNull("shipping").putNull("source")
                .putNull("statement_descriptor").putNull("statement_descriptor_suffix")
                .put("status", status).putNull("transfer_data").putNull("transfer_group");
        return n;
    }
}
