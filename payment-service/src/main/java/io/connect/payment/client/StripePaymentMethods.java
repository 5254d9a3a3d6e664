package io.connect.payment.client;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentMethod;
import io.connect.payment.metrics.StripeCallTimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** Payment methods as Stripe knows them (the source of truth our table mirrors). */
@ApplicationScoped
@StripeCallTimed
@Timeout(25_000)
@Retry(maxRetries = 2, delay = 300, retryOn = {ApiConnectionException.class, ApiException.class,
        RateLimitException.class, IdempotencyException.class})
public class StripePaymentMethods {

    @Inject
    StripeClient stripe;

    public PaymentMethod retrieve(String paymentMethodId) throws StripeException {
        return stripe.v1().paymentMethods().retrieve(paymentMethodId);
    }

    public void detach(String paymentMethodId) throws StripeException {
        stripe.v1().paymentMethods().detach(paymentMethodId, IdempotencyKeys.of("detach-" + paymentMethodId));
    }
}
