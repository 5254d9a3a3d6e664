package io.connect.payment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** The local copy of billing's debts (table user_debt); callers bring the transaction. */
@ApplicationScoped
public class UserDebtRepository {

    @Inject
    EntityManager em;

    /** Records an open debt, unless it is known already (a settlement that overtook it stays settled). */
    public void opened(String debtId, UUID userId, String sessionId) {
        em.createNativeQuery("INSERT INTO user_debt (debt_id, user_id, session_id, status, updated_at) "
                        + "VALUES (:d, :u, :s, 'OPEN', now()) ON CONFLICT (debt_id) DO NOTHING")
                .setParameter("d", debtId)
                .setParameter("u", userId)
                .setParameter("s", sessionId)
                .executeUpdate();
    }

    public void settled(String debtId, UUID userId, String sessionId) {
        em.createNativeQuery("INSERT INTO user_debt (debt_id, user_id, session_id, status, updated_at) "
                        + "VALUES (:d, :u, :s, 'SETTLED', now()) "
                        + "ON CONFLICT (debt_id) DO UPDATE SET status = 'SETTLED', updated_at = now()")
                .setParameter("d", debtId)
                .setParameter("u", userId)
                .setParameter("s", sessionId)
                .executeUpdate();
    }

    public boolean hasOpen(UUID userId) {
        return !em.createNativeQuery("SELECT 1 FROM user_debt WHERE user_id = :u AND status = 'OPEN' LIMIT 1")
                .setParameter("u", userId)
                .getResultList().isEmpty();
    }
}
