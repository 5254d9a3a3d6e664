package io.connect.payment.client;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.SetupIntent;
import com.stripe.param.SetupIntentCreateParams;
import io.connect.payment.metrics.StripeCallTimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.UUID;

/** SetupIntents: how a frontend saves a card for later off-session charges. */
@ApplicationScoped
@StripeCallTimed
@Timeout(25_000)
@Retry(maxRetries = 2, delay = 300, retryOn = {ApiConnectionException.class, ApiException.class,
        RateLimitException.class, IdempotencyException.class})
public class StripeSetupIntents {

    @Inject
    StripeClient stripe;

    /** @return the client secret the frontend confirms */
    public String createForCard(String customerId, UUID userId, String idempotencyKey) throws StripeException {
        SetupIntentCreateParams params = SetupIntentCreateParams.builder()
                .setCustomer(customerId)
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
                .addPaymentMethodType("card")
                .putMetadata("user_id", userId.toString())
                .build();
        SetupIntent intent = stripe.v1().setupIntents().create(params, IdempotencyKeys.of(idempotencyKey));
        return intent.getClientSecret();
    }
}
