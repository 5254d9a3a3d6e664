package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.payment.domain.PaymentMethodService;
import io.connect.payment.persistence.PaymentMethodEntity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For charging-service: does this payment method belong to this user (404 otherwise)? */
@Path("/internal/v1/users/{user_id}/payment-methods/{pm}")
@Produces(MediaType.APPLICATION_JSON)
public class InternalPaymentMethodResource {

    @Inject
    PaymentMethodService paymentMethods;

    public record InternalPaymentMethod(String id, String type, @JsonProperty("default") boolean isDefault) {
    }

    @GET
    public InternalPaymentMethod get(@PathParam("user_id") String userId, @PathParam("pm") String pm) {
        PaymentMethodEntity method = paymentMethods.get(Ids.pathUser(userId), pm);
        return new InternalPaymentMethod(method.id, method.type, method.isDefault);
    }
}
