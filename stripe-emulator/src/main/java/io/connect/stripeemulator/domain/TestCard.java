package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Card details and behaviour of one of Stripe's test payment methods. */
public record TestCard(String brand, String last4, int expMonth, int expYear, String funding, String country,
        CardBehaviour behaviour) {

    public ObjectNode toJson() {
        ObjectNode card = Json.obj().put("brand", brand);
        card.set("checks", Json.obj().putNull("address_line1_check").putNull("address_postal_code_check")
                .put("cvc_check", "pass"));
        card.put("country", country).put("display_brand", brand)
                .put("exp_month", expMonth).put("exp_year", expYear)
                .put("fingerprint", "emu" + brand + last4).put("funding", funding)
                .putNull("generated_from").put("last4", last4);
        ObjectNode networks = Json.obj();
        networks.set("available", Json.arr().add(brand));
        networks.putNull("preferred");
        card.set("networks", networks);
        card.put("regulated_status", "unregulated");
        card.set("three_d_secure_usage", Json.obj().put("supported", true));
        card.putNull("wallet");
        return card;
    }
}
