package io.connect.payment.client;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceItemCreateParams;
import com.stripe.param.InvoicePayParams;
import io.connect.payment.metrics.StripeCallTimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.UUID;

/** The Stripe invoice of a session: the document the user sees (hosted page and PDF). */
@ApplicationScoped
@StripeCallTimed
@Timeout(25_000)
@Retry(maxRetries = 2, delay = 300, retryOn = {ApiConnectionException.class, ApiException.class,
        RateLimitException.class, IdempotencyException.class})
public class StripeInvoices {

    @Inject
    StripeClient stripe;

    /** A draft that only takes the items we add to it explicitly (never other pending items of the customer). */
    public Invoice createDraft(String customerId, UUID sessionId, String invoiceId, String currency,
                               String description) throws StripeException {
        InvoiceCreateParams.Builder params = InvoiceCreateParams.builder()
                .setCustomer(customerId)
                .setCurrency(currency)
                .setAutoAdvance(false)
                .setCollectionMethod(InvoiceCreateParams.CollectionMethod.CHARGE_AUTOMATICALLY)
                .setPendingInvoiceItemsBehavior(InvoiceCreateParams.PendingInvoiceItemsBehavior.EXCLUDE)
                .putMetadata("session_id", sessionId.toString());
        if (invoiceId != null) {
            params.putMetadata("invoice_id", invoiceId);
        }
        if (description != null) {
            params.setDescription(description);
        }
        return stripe.v1().invoices().create(params.build(), IdempotencyKeys.of("invoice-" + sessionId));
    }

    public void addItem(String customerId, String stripeInvoiceId, String currency, long amountCents,
                        String description, String idempotencyKey) throws StripeException {
        InvoiceItemCreateParams params = InvoiceItemCreateParams.builder()
                .setCustomer(customerId)
                .setInvoice(stripeInvoiceId)
                .setCurrency(currency)
                .setAmount(amountCents)
                .setDescription(description)
                .build();
        stripe.v1().invoiceItems().create(params, IdempotencyKeys.of(idempotencyKey));
    }

    public Invoice finalizeInvoice(String stripeInvoiceId, UUID sessionId) throws StripeException {
        return stripe.v1().invoices().finalizeInvoice(stripeInvoiceId, IdempotencyKeys.of("invoice-finalize-" + sessionId));
    }

    /** The money already moved through the session's PaymentIntents, so the invoice only records it. */
    public Invoice markPaidOutOfBand(String stripeInvoiceId, UUID sessionId) throws StripeException {
        return stripe.v1().invoices().pay(stripeInvoiceId,
                InvoicePayParams.builder().setPaidOutOfBand(true).build(),
                IdempotencyKeys.of("invoice-pay-" + sessionId));
    }

    public Invoice retrieve(String stripeInvoiceId) throws StripeException {
        return stripe.v1().invoices().retrieve(stripeInvoiceId);
    }
}
