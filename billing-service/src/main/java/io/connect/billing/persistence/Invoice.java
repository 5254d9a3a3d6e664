package io.connect.billing.persistence;

import io.connect.billing.domain.InvoiceStatus;
import io.connect.billing.domain.SessionCost;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bill of one charging session (one per session, enforced by the unique session_id). */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false, unique = true)
    public UUID sessionId;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Column(name = "partner_id")
    public String partnerId;
    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;
    @Column(name = "kwh_cost")
    public BigDecimal kwhCost;
    @Column(name = "time_cost")
    public BigDecimal timeCost;
    @Column(name = "session_fee_cost")
    public BigDecimal sessionFeeCost;
    @Column(name = "blocking_fee_cost")
    public BigDecimal blockingFeeCost;
    @Column(name = "starting_fee_cost")
    public BigDecimal startingFeeCost;
    public BigDecimal vat;
    public BigDecimal summary;
    public BigDecimal credits;
    public BigDecimal discount;
    public String currency;
    @Column(name = "tax_percent")
    public BigDecimal taxPercent;
    @Column(name = "consumed_energy")
    public BigDecimal consumedEnergy;
    @Column(name = "payment_method_id")
    public String paymentMethodId;
    @Column(name = "stripe_invoice_id")
    public String stripeInvoiceId;
    @Column(name = "hosted_invoice_url")
    public String hostedInvoiceUrl;
    @Column(name = "invoice_pdf")
    public String invoicePdf;
    public boolean refund;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    public int attempts;

    public SessionCost cost() {
        return new SessionCost(kwhCost, timeCost, sessionFeeCost, blockingFeeCost, startingFeeCost, vat, summary,
                credits, discount, currency);
    }

    public void setCost(SessionCost cost) {
        kwhCost = cost.kwhCost();
        timeCost = cost.timeCost();
        sessionFeeCost = cost.sessionFeeCost();
        blockingFeeCost = cost.blockingFeeCost();
        startingFeeCost = cost.startingFeeCost();
        vat = cost.vat();
        summary = cost.summary();
        credits = cost.credits();
        discount = cost.discount();
        currency = cost.currency();
    }

    public static Optional<Invoice> bySession(UUID sessionId) {
        return find("sessionId", sessionId).firstResultOptional();
    }

    public static Optional<Invoice> lockedBySession(UUID sessionId) {
        return find("sessionId", sessionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Invoice> lockedById(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static List<Invoice> pageOfUser(String userId, int pageIndex, int pageSize) {
        return find("userId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public static long countOfUser(String userId) {
        return count("userId", userId);
    }

    public static List<Invoice> createdBetween(OffsetDateTime from, OffsetDateTime until, String userId) {
        return userId == null
                ? list("createdAt >= ?1 and createdAt < ?2", from, until)
                : list("createdAt >= ?1 and createdAt < ?2 and userId = ?3", from, until, userId);
    }

    /** Invoices whose settlement has not happened yet and is due for another try. */
    public static List<UUID> dueForSettlement(OffsetDateTime createdBefore, int maxAttempts, int limit) {
        return find("status = ?1 and createdAt < ?2 and attempts < ?3", Sort.ascending("createdAt"),
                InvoiceStatus.PENDING_PAYMENT, createdBefore, maxAttempts)
                .page(Page.ofSize(limit)).<Invoice>list().stream().map(i -> i.id).toList();
    }
}
