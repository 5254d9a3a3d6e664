package io.connect.billing.reconciliation;

import io.connect.billing.client.ChargingServiceClient;
import io.connect.billing.domain.InvoiceStatus;
import io.connect.billing.persistence.CompletedSession;
import io.connect.billing.persistence.Invoice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The charging-service side of the comparison: a session completed there that billing never received. */
class ReconciliationChecksTest {

    static final String SESSION = UUID.randomUUID().toString();
    static final OffsetDateTime ENDED = OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC);
    static final ChargingServiceClient.CompletedSession IN_CHARGING =
            new ChargingServiceClient.CompletedSession(SESSION, UUID.randomUUID().toString(), ENDED);

    @Test
    void completed_in_charging_but_unknown_to_billing_is_reported() {
        List<Mismatch> found = ReconciliationChecks.check(new SessionBooks(SESSION, null, null, null, null,
                IN_CHARGING));
        assertEquals(List.of(new Mismatch(MismatchKind.COMPLETED_NOT_RECEIVED, SESSION, null,
                "completed in charging-service, CDR ending " + ENDED)), found);
    }

    @Test
    void completed_in_charging_and_received_by_billing_is_not() {
        CompletedSession received = new CompletedSession();
        received.sessionId = SESSION;
        received.receivedAt = ENDED.plusSeconds(1);
        List<Mismatch> found = ReconciliationChecks.check(new SessionBooks(SESSION, received, null, null, null,
                IN_CHARGING));
        // billing got it but did not invoice it: that is the other kind, not this one
        assertEquals(List.of(MismatchKind.SESSION_NOT_INVOICED), found.stream().map(Mismatch::kind).toList());
    }

    @Test
    void an_invoice_without_billing_record_is_the_invoice_kind_not_this_one() {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.summary = BigDecimal.ZERO.setScale(2);
        invoice.status = InvoiceStatus.PAID;
        List<Mismatch> found = ReconciliationChecks.check(new SessionBooks(SESSION, null, invoice, null, null,
                IN_CHARGING));
        assertEquals(List.of(MismatchKind.INVOICE_WITHOUT_COMPLETED_SESSION),
                found.stream().map(Mismatch::kind).toList());
    }
}
