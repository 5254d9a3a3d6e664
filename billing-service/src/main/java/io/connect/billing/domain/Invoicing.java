package io.connect.billing.domain;

import io.connect.billing.messaging.SessionCompletedData;
import io.connect.billing.persistence.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Turns a completed session into its invoice (PENDING_PAYMENT); settlement happens after this commits. */
@ApplicationScoped
public class Invoicing {

    private static final Logger LOG = Logger.getLogger(Invoicing.class);

    @Inject
    TariffEngine engine;

    /**
     * @return the invoice to settle now, or empty when the session was invoiced and settled before (a
     * redelivery, possibly under a new event id)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> invoiceSession(SessionCompletedData session) {
        session.validate();
        Optional<Invoice> existing = Invoice.bySession(session.sessionId());
        if (existing.isPresent()) {
            Invoice invoice = existing.get();
            LOG.infof("session %s already invoiced (%s, %s)", session.sessionId(), invoice.id, invoice.status);
            return invoice.status == InvoiceStatus.PENDING_PAYMENT ? Optional.of(invoice.id) : Optional.empty();
        }
        TariffSnapshot snapshot = session.snapshot();
        SessionUsage usage = session.usage();
        SessionCost cost = engine.price(snapshot, usage);

        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.sessionId = session.sessionId();
        invoice.userId = session.userId();
        invoice.partnerId = session.partnerId();
        invoice.status = InvoiceStatus.PENDING_PAYMENT;
        invoice.setCost(cost);
        invoice.taxPercent = snapshot.taxPercent();
        invoice.consumedEnergy = usage.energyKwh();
        invoice.paymentMethodId = session.paymentMethodId();
        invoice.refund = false;
        invoice.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        invoice.updatedAt = invoice.createdAt;
        invoice.attempts = 0;
        invoice.persist();
        LOG.infof("invoice %s for session %s: %s %s", invoice.id, invoice.sessionId, cost.summary(), cost.currency());
        return Optional.of(invoice.id);
    }
}
