package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.payment.domain.Money;
import io.connect.payment.persistence.PreAuthorizationEntity;

/** The stored hold of a session. */
public record PreAuthorizationView(@JsonProperty("session_id") String sessionId,
                                   @JsonProperty("payment_intent_id") String paymentIntentId,
                                   String status, String amount, String currency) {

    static PreAuthorizationView of(PreAuthorizationEntity hold) {
        return new PreAuthorizationView(hold.sessionId.toString(), hold.paymentIntentId, hold.status,
                Money.format(hold.amount), hold.currency);
    }
}
