package io.connect.billing.reconciliation;

import io.connect.billing.client.PaymentFacts;
import io.connect.billing.domain.DebtStatus;
import io.connect.billing.domain.InvoiceStatus;
import io.connect.billing.domain.Money;
import io.connect.billing.persistence.Invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Compares one session's books; plain Java, no I/O. */
public final class ReconciliationChecks {

    private ReconciliationChecks() {
    }

    public static List<Mismatch> check(SessionBooks books) {
        Found found = new Found(books);
        Invoice invoice = books.invoice();
        PaymentFacts.Charge charge = books.payments() == null ? null : books.payments().charge();
        if (books.chargingCompleted() != null && books.completed() == null && invoice == null) {
            found.add(MismatchKind.COMPLETED_NOT_RECEIVED, "completed in charging-service, CDR ending "
                    + books.chargingCompleted().completedAt());
        }
        if (invoice == null) {
            if (books.completed() != null) {
                found.add(MismatchKind.SESSION_NOT_INVOICED, books.completed().problem == null
                        ? "received " + books.completed().receivedAt : "not billable: " + books.completed().problem);
            }
            if (charge != null) {
                found.add(MismatchKind.CHARGE_WITHOUT_INVOICE, "charged " + charge.amount() + " (" + charge.status() + ")");
            }
            return found.list;
        }
        if (books.completed() == null) {
            found.add(MismatchKind.INVOICE_WITHOUT_COMPLETED_SESSION, "invoice total " + invoice.summary);
        }
        if (invoice.status == InvoiceStatus.PENDING_PAYMENT) {
            found.add(MismatchKind.INVOICE_UNSETTLED, invoice.attempts + " settlement attempts since "
                    + invoice.createdAt);
            return found.list;
        }
        checkDebt(books, found);
        if (charge == null) {
            if (invoice.summary.signum() > 0) {
                found.add(MismatchKind.INVOICE_WITHOUT_CHARGE, "invoice total " + invoice.summary + ", "
                        + invoice.status);
            }
            return found.list;
        }
        checkCharge(books, charge, found);
        PaymentFacts.StripeFacts stripe = books.payments().stripe();
        if (stripe != null && charge.finished()) {
            checkStripe(books, charge, stripe, found);
        }
        return found.list;
    }

    private static void checkDebt(SessionBooks books, Found found) {
        Invoice invoice = books.invoice();
        if (invoice.status == InvoiceStatus.PAYMENT_FAILED && books.debt() == null) {
            found.add(MismatchKind.PAYMENT_FAILED_WITHOUT_DEBT, "invoice total " + invoice.summary);
        }
        if (invoice.status == InvoiceStatus.PAID && books.debt() != null && books.debt().status == DebtStatus.OPEN) {
            found.add(MismatchKind.OPEN_DEBT_ON_PAID_INVOICE, "debt " + books.debt().id + " of " + books.debt().amount);
        }
    }

    private static void checkCharge(SessionBooks books, PaymentFacts.Charge charge, Found found) {
        Invoice invoice = books.invoice();
        if (charge.invoiceId() != null && !charge.invoiceId().equals(invoice.id.toString())) {
            found.add(MismatchKind.CHARGE_FOR_OTHER_INVOICE, "charged for invoice " + charge.invoiceId());
        }
        if (!same(charge.amount(), invoice.summary)) {
            found.add(MismatchKind.CHARGED_AMOUNT_MISMATCH, "charged " + charge.amount() + ", invoiced "
                    + invoice.summary);
        }
        if (!charge.finished()) {
            found.add(MismatchKind.CHARGE_UNFINISHED, "charge status " + charge.status());
            return;
        }
        BigDecimal captured = orZero(charge.capturedAmount());
        BigDecimal remainder = orZero(charge.remainderAmount());
        if (!same(captured.add(remainder), invoice.summary)) {
            found.add(MismatchKind.COLLECTED_AMOUNT_MISMATCH, "captured " + captured + " + remainder " + remainder
                    + ", invoiced " + invoice.summary);
        }
        PaymentFacts.Hold hold = books.payments().hold();
        if (hold != null && hold.amount() != null && captured.compareTo(hold.amount()) > 0) {
            found.add(MismatchKind.CAPTURE_EXCEEDS_HOLD, "captured " + captured + ", held " + hold.amount());
        }
        if (remainder.signum() > 0 && charge.remainderPaymentIntentId() == null) {
            found.add(MismatchKind.REMAINDER_NOT_CHARGED, "remainder " + remainder + " without a PaymentIntent");
        }
        boolean debtPaid = charge.remainderPaid()
                || books.debt() != null && books.debt().status == DebtStatus.SETTLED;
        if ("succeeded".equals(charge.status()) && invoice.status == InvoiceStatus.PAYMENT_FAILED
                || "failed".equals(charge.status()) && invoice.status == InvoiceStatus.PAID && !debtPaid) {
            found.add(MismatchKind.STATUS_MISMATCH, "invoice " + invoice.status + ", charge " + charge.status()
                    + (debtPaid ? ", debt paid" : ""));
        }
    }

    private static void checkStripe(SessionBooks books, PaymentFacts.Charge charge, PaymentFacts.StripeFacts stripe,
                                    Found found) {
        Invoice invoice = books.invoice();
        PaymentFacts.Hold hold = books.payments().hold();
        if (hold != null && hold.paymentIntentId() != null
                && !same(orZero(stripe.holdAmountReceived()), orZero(charge.capturedAmount()))) {
            found.add(MismatchKind.STRIPE_CAPTURE_MISMATCH, "Stripe received " + orZero(stripe.holdAmountReceived())
                    + " on " + hold.paymentIntentId() + ", recorded captured " + orZero(charge.capturedAmount()));
        }
        if (charge.remainderPaymentIntentId() != null) {
            boolean recordedPaid = "succeeded".equals(charge.status()) || charge.remainderPaid();
            boolean stripePaid = "succeeded".equals(stripe.remainderStatus());
            if (recordedPaid != stripePaid || stripePaid
                    && !same(orZero(stripe.remainderAmountReceived()), orZero(charge.remainderAmount()))) {
                found.add(MismatchKind.STRIPE_REMAINDER_MISMATCH, charge.remainderPaymentIntentId() + " is "
                        + stripe.remainderStatus() + " with " + orZero(stripe.remainderAmountReceived())
                        + " received; recorded remainder " + orZero(charge.remainderAmount())
                        + (recordedPaid ? " paid" : " unpaid"));
            }
        }
        if (stripe.otherChargedPaymentIntents() != null && !stripe.otherChargedPaymentIntents().isEmpty()) {
            found.add(MismatchKind.STRIPE_EXTRA_CHARGE, "also charged: " + stripe.otherChargedPaymentIntents());
        }
        List<PaymentFacts.StripeInvoice> invoices = stripe.invoices() == null ? List.of() : stripe.invoices();
        if (invoices.size() != 1) {
            found.add(MismatchKind.STRIPE_INVOICE_COUNT, invoices.size() + " Stripe invoices: "
                    + invoices.stream().map(PaymentFacts.StripeInvoice::id).toList());
        } else if (!same(orZero(invoices.get(0).total()), invoice.summary)) {
            found.add(MismatchKind.STRIPE_INVOICE_TOTAL_MISMATCH, invoices.get(0).id() + " totals "
                    + invoices.get(0).total() + ", invoiced " + invoice.summary);
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? Money.ZERO : amount;
    }

    private static final class Found {
        private final SessionBooks books;
        private final List<Mismatch> list = new ArrayList<>();

        private Found(SessionBooks books) {
            this.books = books;
        }

        void add(MismatchKind kind, String detail) {
            list.add(new Mismatch(kind, books.sessionId(),
                    books.invoice() == null ? null : books.invoice().id.toString(), detail));
        }
    }
}
