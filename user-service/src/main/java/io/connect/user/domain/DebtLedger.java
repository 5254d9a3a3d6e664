package io.connect.user.domain;

import io.connect.user.persistence.OpenDebt;
import io.connect.user.persistence.OpenDebtRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.UUID;

/** The open debts billing-service announced; applied inside the idempotent consumer's transaction. */
@ApplicationScoped
public class DebtLedger {

    @Inject
    OpenDebtRepository debts;

    /** A repeated opening (same debt id) overwrites: billing's latest word counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(String debtId, UUID userId, String sessionId, BigDecimal amount, String currency) {
        OpenDebt existing = debts.findById(debtId);
        OpenDebt debt = existing == null ? new OpenDebt() : existing;
        debt.debtId = debtId;
        debt.userId = userId;
        debt.sessionId = sessionId;
        debt.amount = amount.setScale(2, RoundingMode.HALF_UP);
        debt.currency = currency.toLowerCase(Locale.ROOT);
        if (existing == null) {
            debts.persist(debt);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void settled(String debtId) {
        debts.deleteById(debtId);
    }
}
