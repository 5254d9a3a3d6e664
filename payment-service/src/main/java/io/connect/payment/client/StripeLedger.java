package io.connect.payment.client;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeCollection;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.PaymentIntentListParams;
import io.connect.payment.metrics.StripeCallTimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.List;

/** Reads of what Stripe itself holds for a customer, for reconciliation (one page of up to 100 each). */
@ApplicationScoped
@StripeCallTimed
@Timeout(25_000)
@Retry(maxRetries = 2, delay = 300, retryOn = {ApiConnectionException.class, ApiException.class,
        RateLimitException.class})
public class StripeLedger {

    static final long PAGE = 100;

    @Inject
    StripeClient stripe;

    public record Listed<T>(List<T> data, boolean complete) {
    }

    public Listed<PaymentIntent> paymentIntentsOf(String customerId) throws StripeException {
        StripeCollection<PaymentIntent> page = stripe.v1().paymentIntents().list(
                PaymentIntentListParams.builder().setCustomer(customerId).setLimit(PAGE).build());
        return new Listed<>(page.getData(), !Boolean.TRUE.equals(page.getHasMore()));
    }

    public Listed<Invoice> invoicesOf(String customerId) throws StripeException {
        StripeCollection<Invoice> page = stripe.v1().invoices().list(
                InvoiceListParams.builder().setCustomer(customerId).setLimit(PAGE).build());
        return new Listed<>(page.getData(), !Boolean.TRUE.equals(page.getHasMore()));
    }
}
