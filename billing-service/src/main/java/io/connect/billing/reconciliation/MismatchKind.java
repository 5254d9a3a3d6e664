package io.connect.billing.reconciliation;

/** Every way billing, payment-service and Stripe can disagree about a completed session's money. */
public enum MismatchKind {
    COMPLETED_NOT_RECEIVED("charging-service completed the session but billing never received its SessionCompleted"),
    SESSION_NOT_INVOICED("a completed session has no invoice"),
    INVOICE_WITHOUT_COMPLETED_SESSION("an invoice names a session billing never received as completed"),
    INVOICE_UNSETTLED("the invoice is still PENDING_PAYMENT"),
    PAYMENT_FAILED_WITHOUT_DEBT("the payment failed but no debt was opened"),
    OPEN_DEBT_ON_PAID_INVOICE("the invoice is PAID but its debt is still open"),
    INVOICE_WITHOUT_CHARGE("payment-service has no charge for an invoice that costs money"),
    CHARGE_WITHOUT_INVOICE("payment-service charged a session billing has no invoice for"),
    CHARGE_FOR_OTHER_INVOICE("payment-service charged the session for another invoice (two invoices, one session)"),
    CHARGED_AMOUNT_MISMATCH("the amount charged is not the invoice total"),
    CHARGE_UNFINISHED("payment-service's charge has not finished"),
    COLLECTED_AMOUNT_MISMATCH("captured plus remainder is not the invoice total"),
    CAPTURE_EXCEEDS_HOLD("more was captured than the pre-authorisation held"),
    REMAINDER_NOT_CHARGED("the total exceeds the capture but no remainder charge was made"),
    STATUS_MISMATCH("the invoice's status contradicts the charge's"),
    STRIPE_CAPTURE_MISMATCH("Stripe received another amount on the hold than was recorded as captured"),
    STRIPE_REMAINDER_MISMATCH("Stripe's remainder PaymentIntent disagrees with the recorded remainder"),
    STRIPE_EXTRA_CHARGE("Stripe holds another PaymentIntent with money for the session (a second charge)"),
    STRIPE_INVOICE_COUNT("Stripe does not hold exactly one invoice for the session"),
    STRIPE_INVOICE_TOTAL_MISMATCH("the Stripe invoice's total is not the invoice total");

    private final String meaning;

    MismatchKind(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
