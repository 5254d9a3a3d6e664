package io.connect.billing.messaging;

import io.connect.billing.config.BillingTopics;
import io.connect.billing.domain.Money;
import io.connect.billing.metrics.BillingMetrics;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;
import io.connect.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes billing's events to the outbox, inside the caller's transaction (key and subject: the user id). */
@ApplicationScoped
public class BillingEvents {

    @Inject
    OutboxWriter outbox;

    @Inject
    BillingTopics topics;

    @Inject
    BillingMetrics metrics;

    public void invoiceIssued(Invoice invoice) {
        metrics.invoiceIssued(invoice.status);
        publishInvoice(invoice);
    }

    /**
     * The invoice's status changed after it was issued (its debt was paid): the same event type again with the
     * new status, so subscribers that keep the latest {@code session_cost} per session (charging-service) update.
     */
    public void invoiceReissued(Invoice invoice) {
        publishInvoice(invoice);
    }

    private void publishInvoice(Invoice invoice) {
        publish(invoice.userId, BillingEventData.INVOICE_ISSUED, new BillingEventData.InvoiceIssued(
                invoice.id.toString(), invoice.sessionId.toString(), invoice.userId, invoice.status.name(),
                SessionCostData.of(invoice)));
    }

    public void paymentFailed(Invoice invoice, String paymentIntentId) {
        publish(invoice.userId, BillingEventData.PAYMENT_FAILED, new BillingEventData.PaymentFailed(
                invoice.id.toString(), invoice.sessionId.toString(), invoice.userId, Money.format(invoice.summary),
                invoice.currency, paymentIntentId));
    }

    public void debtOpened(Debt debt) {
        metrics.debtOpened();
        publish(debt.userId, BillingEventData.DEBT_OPENED, new BillingEventData.DebtOpened(debt.id.toString(),
                debt.userId, debt.sessionId.toString(), Money.format(debt.amount), debt.currency,
                debt.paymentIntentId));
    }

    public void debtSettled(Debt debt) {
        publish(debt.userId, BillingEventData.DEBT_SETTLED, new BillingEventData.DebtSettled(debt.id.toString(),
                debt.userId, debt.sessionId.toString(), Money.format(debt.amount), debt.currency));
    }

    private void publish(String userId, String type, Object data) {
        outbox.publish(topics.billing(), userId, type, userId, data);
    }
}
