package io.connect.billing.reconciliation;

/** One disagreement found by the reconciliation; {@code detail} gives the figures. */
public record Mismatch(MismatchKind kind, String sessionId, String invoiceId, String detail) {
}
