package io.connect.billing.persistence;

import io.connect.billing.domain.DebtStatus;
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

/** What a user still owes for one session after the payment failed; settled on session with the client secret. */
@Entity
@Table(name = "debt")
public class Debt extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Column(name = "session_id", nullable = false, unique = true)
    public UUID sessionId;
    @Column(name = "invoice_id", nullable = false)
    public UUID invoiceId;
    public BigDecimal amount;
    public String currency;
    @Column(name = "payment_intent_id")
    public String paymentIntentId;
    @Column(name = "payment_intent_client_secret")
    public String paymentIntentClientSecret;
    @Enumerated(EnumType.STRING)
    public DebtStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    public static List<Debt> openOfUser(String userId) {
        return list("userId = ?1 and status = ?2", Sort.ascending("createdAt"), userId, DebtStatus.OPEN);
    }

    public static List<Debt> openPageOfUser(String userId, int pageIndex, int pageSize) {
        return find("userId = ?1 and status = ?2", Sort.ascending("createdAt").and("id"), userId, DebtStatus.OPEN)
                .page(Page.of(pageIndex, pageSize)).list();
    }

    public static long countOpenOfUser(String userId) {
        return count("userId = ?1 and status = ?2", userId, DebtStatus.OPEN);
    }

    /** The session's debt, locked until the transaction ends (settling it twice at once settles it once). */
    public static Optional<Debt> bySessionLocked(UUID sessionId) {
        return find("sessionId", sessionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Debt> bySession(UUID sessionId) {
        return find("sessionId", sessionId).firstResultOptional();
    }
}
