package io.connect.user.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A debt billing-service reported as open for a user (billing.debt.opened.v1), until it is settled. */
@Entity
@Table(name = "user_open_debt")
public class OpenDebt {

    @Id
    @Column(name = "debt_id")
    public String debtId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "session_id")
    public String sessionId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;
}
