package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.payment.persistence.PaymentMethodEntity;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A payment method as partners see it (Cariqa's PaymentMethod). */
public record PaymentMethodView(String id, @JsonProperty("default") boolean isDefault, String type, Card card,
                                @JsonProperty("created_at") String createdAt) {

    public record Card(String brand, String last4, @JsonProperty("expiration_date") String expirationDate,
                       @JsonProperty("cardholder_name") @JsonInclude(JsonInclude.Include.ALWAYS) String cardholderName) {
    }

    static PaymentMethodView of(PaymentMethodEntity pm) {
        String expiration = pm.expMonth == null || pm.expYear == null ? null
                : String.format("%02d/%04d", pm.expMonth, pm.expYear);
        Card card = new Card(pm.brand, pm.last4, expiration, pm.cardholderName);
        return new PaymentMethodView(pm.id, pm.isDefault, pm.type, card,
                DateTimeFormatter.ISO_INSTANT.format(pm.createdAt.toInstant().truncatedTo(ChronoUnit.SECONDS)));
    }
}
