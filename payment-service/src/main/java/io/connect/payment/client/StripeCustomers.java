package io.connect.payment.client;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerUpdateParams;
import io.connect.payment.metrics.StripeCallTimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.UUID;

/** Stripe customers: one per user. */
@ApplicationScoped
@StripeCallTimed
@Timeout(25_000)
@Retry(maxRetries = 2, delay = 300, retryOn = {ApiConnectionException.class, ApiException.class,
        RateLimitException.class, IdempotencyException.class})
public class StripeCustomers {

    @Inject
    StripeClient stripe;

    /** Same parameters on every path (lazy and event), so the shared key {@code customer-{user_id}} never conflicts. */
    public String create(UUID userId) throws StripeException {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .putMetadata("user_id", userId.toString())
                .build();
        Customer customer = stripe.v1().customers().create(params, IdempotencyKeys.of("customer-" + userId));
        return customer.getId();
    }

    public void setDefaultPaymentMethod(String customerId, String paymentMethodId, String idempotencyKey)
            throws StripeException {
        CustomerUpdateParams params = CustomerUpdateParams.builder()
                .setInvoiceSettings(CustomerUpdateParams.InvoiceSettings.builder()
                        .setDefaultPaymentMethod(paymentMethodId).build())
                .build();
        stripe.v1().customers().update(customerId, params, IdempotencyKeys.of(idempotencyKey));
    }
}
