package io.connect.billing.messaging;

/** Payloads of the events billing-service publishes on {@code connect.billing.v1} (key: user id). */
public final class BillingEventData {

    public static final String INVOICE_ISSUED = "billing.invoice.issued.v1";
    public static final String PAYMENT_FAILED = "billing.payment.failed.v1";
    public static final String DEBT_OPENED = "billing.debt.opened.v1";
    public static final String DEBT_SETTLED = "billing.debt.settled.v1";

    private BillingEventData() {
    }

    public record InvoiceIssued(String invoiceId, String sessionId, String userId, String status,
                                SessionCostData sessionCost) {
    }

    public record PaymentFailed(String invoiceId, String sessionId, String userId, String amount, String currency,
                                String paymentIntentId) {
    }

    public record DebtOpened(String debtId, String userId, String sessionId, String amount, String currency,
                             String paymentIntentId) {
    }

    public record DebtSettled(String debtId, String userId, String sessionId, String amount, String currency) {
    }
}
