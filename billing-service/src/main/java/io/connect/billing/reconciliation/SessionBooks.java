package io.connect.billing.reconciliation;

import io.connect.billing.client.ChargingServiceClient;
import io.connect.billing.client.PaymentFacts;
import io.connect.billing.persistence.CompletedSession;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;

/**
 * Everything recorded about one session, by billing (completion, invoice, debt), payment-service (and Stripe) and
 * charging-service ({@code chargingCompleted}: the session completed there, null when not listed or not asked).
 */
public record SessionBooks(String sessionId, CompletedSession completed, Invoice invoice, Debt debt,
                           PaymentFacts.SessionPayments payments,
                           ChargingServiceClient.CompletedSession chargingCompleted) {

    public SessionBooks(String sessionId, CompletedSession completed, Invoice invoice, Debt debt,
                        PaymentFacts.SessionPayments payments) {
        this(sessionId, completed, invoice, debt, payments, null);
    }
}
