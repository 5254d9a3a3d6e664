package io.connect.payment.client;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import io.connect.payment.metrics.StripeCallTimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.UUID;

/** PaymentIntents: holds (manual capture), captures, releases and off-session charges. */
@ApplicationScoped
@StripeCallTimed
@Timeout(25_000)
@Retry(maxRetries = 2, delay = 300, retryOn = {ApiConnectionException.class, ApiException.class,
        RateLimitException.class, IdempotencyException.class})
public class StripePaymentIntents {

    @Inject
    StripeClient stripe;

    /** What to charge, to whom, with which saved card. */
    public record Charge(UUID sessionId, String customerId, String paymentMethodId, long amountCents, String currency) {
    }

    /** A hold: confirmed off-session now, captured later. */
    public PaymentIntent hold(Charge charge, String idempotencyKey) throws StripeException {
        return stripe.v1().paymentIntents().create(
                params(charge, PaymentIntentCreateParams.CaptureMethod.MANUAL, true),
                IdempotencyKeys.of(idempotencyKey));
    }

    /** An immediate off-session charge (automatic capture). */
    public PaymentIntent chargeOffSession(Charge charge, String idempotencyKey) throws StripeException {
        return stripe.v1().paymentIntents().create(
                params(charge, PaymentIntentCreateParams.CaptureMethod.AUTOMATIC, true),
                IdempotencyKeys.of(idempotencyKey));
    }

    /** An unconfirmed PaymentIntent the user confirms on session (3DS, another card) to settle a debt. */
    public PaymentIntent createForUserConfirmation(Charge charge, String idempotencyKey) throws StripeException {
        return stripe.v1().paymentIntents().create(
                params(charge, PaymentIntentCreateParams.CaptureMethod.AUTOMATIC, false),
                IdempotencyKeys.of(idempotencyKey));
    }

    public PaymentIntent capture(String paymentIntentId, long amountCents, String idempotencyKey)
            throws StripeException {
        return stripe.v1().paymentIntents().capture(paymentIntentId,
                PaymentIntentCaptureParams.builder().setAmountToCapture(amountCents).build(),
                IdempotencyKeys.of(idempotencyKey));
    }

    public PaymentIntent cancel(String paymentIntentId, String idempotencyKey) throws StripeException {
        return stripe.v1().paymentIntents().cancel(paymentIntentId, IdempotencyKeys.of(idempotencyKey));
    }

    public PaymentIntent retrieve(String paymentIntentId) throws StripeException {
        return stripe.v1().paymentIntents().retrieve(paymentIntentId);
    }

    private static PaymentIntentCreateParams params(Charge charge, PaymentIntentCreateParams.CaptureMethod capture,
                                                    boolean confirmOffSession) {
        PaymentIntentCreateParams.Builder builder = PaymentIntentCreateParams.builder()
                .setAmount(charge.amountCents())
                .setCurrency(charge.currency())
                .setCustomer(charge.customerId())
                .setPaymentMethod(charge.paymentMethodId())
                .addPaymentMethodType("card")
                .setCaptureMethod(capture)
                .putMetadata("session_id", charge.sessionId().toString());
        if (confirmOffSession) {
            builder.setConfirm(true).setOffSession(true);
        }
        return builder.build();
    }
}
