package io.connect.payment.api;

import io.connect.payment.domain.StripeWebhookHandler;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stripe's webhook endpoint (no partner auth: the signature is the authentication). The body is taken as
 * raw bytes because the signature covers them exactly.
 */
@Path("/webhooks/stripe")
public class StripeWebhookResource {

    @Inject
    StripeWebhookHandler handler;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(byte[] body, @HeaderParam("Stripe-Signature") String signature) {
        boolean applied = handler.handle(new String(body, StandardCharsets.UTF_8), signature);
        return Map.of("received", true, "applied", applied);
    }
}
