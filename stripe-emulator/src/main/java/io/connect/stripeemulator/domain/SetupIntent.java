package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class SetupIntent implements StripeObject {
    public final String id = Ids.next("seti");
    public final String clientSecret = Ids.secretFor(id);
    public final long created = Ids.now();
    public final long seq = Ids.sequence();
    public final Map<String, String> metadata = new LinkedHashMap<>();
    public String customer;
    public String usage = "off_session";
    public List<String> paymentMethodTypes = List.of("card");
    public boolean automaticPaymentMethods;
    public String description;
    public String paymentMethod;
    public String status = "requires_payment_method";
    public ObjectNode nextAction;
    public ObjectNode lastSetupError;
    public String cancellationReason;

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
        ObjectNode n = Json.resource(id, "setup_intent", created);
        n.putNull("application");
        if (automaticPaymentMethods) {
            n.set("automatic_payment_methods", Json.obj().put("allow_redirects", "always").put("enabled", true));
        } else {
            n.putNull("automatic_payment_methods");
        }
        n.put("cancellation_reason", cancellationReason).put("client_secret", clientSecret)
                .put("customer", customer).put("description", description).putNull("flow_directions");
        n.set("last_setup_error", lastSetupError);
        n.putNull("latest_attempt").putNull("mandate");
        n.set("metadata", Json.map(metadata));
        n.set("next_action", nextAction);
        n.putNull("on_behalf_of").put("payment_method", paymentMethod).putNull("payment_method_configuration_details");
        ObjectNode card = Json.obj().putNull("mandate_options").putNull("network")
                .put("request_three_d_secure", "automatic");
        n.set("payment_method_options", Json.obj().set("card", card));
        n.set("payment_method_types", Json.strings(paymentMethodTypes));
        n.putNull("single_use_mandate").put("status", status).put("usage", usage);
        return n;
    }
}
