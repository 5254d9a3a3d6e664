package io.connect.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The {@code idempotency_key} table. Each call is its own short transaction, committed before the business work
 * starts (the claim) or after it ended (the result), so a concurrent request with the same key sees the claim.
 */
@ApplicationScoped
public class IdempotencyStore {

    @Inject
    EntityManager em;

    /** What {@link #claim} found. */
    public sealed interface Claim {
    }

    /** The key is ours now (IN_PROGRESS): run the request. */
    public record Claimed() implements Claim {
    }

    /** The same request ran before: answer what it answered. */
    public record Replay(int status, String body) implements Claim {
    }

    /** The same key is being used by a request that has not finished. */
    public record InProgress() implements Claim {
    }

    /** The key was used with another method, path or body. */
    public record Mismatch() implements Claim {
    }

    public Claim claim(String partnerId, String key, String fingerprint, Duration ttl) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("DELETE FROM idempotency_key WHERE partner_id = :p AND idem_key = :k AND created_at < :cutoff")
                    .setParameter("p", partnerId).setParameter("k", key).setParameter("cutoff", cutoff(ttl))
                    .executeUpdate();
            // a concurrent insert of the same key waits here for the other transaction, then inserts nothing
            int inserted = em.createNativeQuery("INSERT INTO idempotency_key (partner_id, idem_key, fingerprint, status, created_at) "
                            + "VALUES (:p, :k, :f, 'IN_PROGRESS', now()) ON CONFLICT DO NOTHING")
                    .setParameter("p", partnerId).setParameter("k", key).setParameter("f", fingerprint)
                    .executeUpdate();
            if (inserted == 1) {
                return new Claimed();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, status, response_status, response_body "
                            + "FROM idempotency_key WHERE partner_id = :p AND idem_key = :k")
                    .setParameter("p", partnerId).setParameter("k", key).getResultList();
            if (rows.isEmpty()) {
                return new InProgress(); // released between our insert and select: the other request just ended
            }
            Object[] row = rows.get(0);
            if (!fingerprint.equals(row[0])) {
                return new Mismatch();
            }
            if (!"DONE".equals(row[1])) {
                return new InProgress();
            }
            return new Replay(((Number) row[2]).intValue(), (String) row[3]);
        });
    }

    public void complete(String partnerId, String key, int status, String body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE idempotency_key SET status = 'DONE', response_status = :s, response_body = :b "
                                + "WHERE partner_id = :p AND idem_key = :k")
                .setParameter("s", status).setParameter("b", body)
                .setParameter("p", partnerId).setParameter("k", key).executeUpdate());
    }

    /** Forgets a claim whose request ended in a result that must not be replayed, so the client may retry. */
    public void release(String partnerId, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE partner_id = :p AND idem_key = :k AND status = 'IN_PROGRESS'")
                .setParameter("p", partnerId).setParameter("k", key).executeUpdate());
    }

    /** @return how many expired keys were deleted */
    public int purgeExpired(Duration ttl) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE created_at < :cutoff")
                .setParameter("cutoff", cutoff(ttl)).executeUpdate());
    }

    private static OffsetDateTime cutoff(Duration ttl) {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(ttl);
    }
}
