package io.connect.billing.reconciliation;

import io.connect.billing.client.PaymentFacts;
import io.connect.billing.persistence.CompletedSession;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;

/** Everything recorded about one session, by billing (completion, invoice, debt) and payment-service (and Stripe). */
public record SessionBooks(String sessionId, CompletedSession completed, Invoice invoice, Debt debt,
                           PaymentFacts.SessionPayments payments) {
}
