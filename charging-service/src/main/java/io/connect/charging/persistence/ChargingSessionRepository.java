package io.connect.charging.persistence;

import io.connect.charging.domain.SessionState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChargingSessionRepository implements PanacheRepositoryBase<ChargingSession, UUID> {

    private static final List<SessionState> OPEN = List.of(SessionState.STARTING, SessionState.ACTIVE,
            SessionState.STOPPING);

    /** A partner's user's session: every public lookup goes through here, never by id alone. */
    public Optional<ChargingSession> findOwned(UUID userId, String partnerId, UUID sessionId) {
        return find("id = ?1 and userId = ?2 and partnerId = ?3", sessionId, userId, partnerId).firstResultOptional();
    }

    public Optional<ChargingSession> lockOwned(UUID userId, String partnerId, UUID sessionId) {
        return find("id = ?1 and userId = ?2 and partnerId = ?3", sessionId, userId, partnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<ChargingSession> lock(UUID sessionId) {
        return find("id", sessionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean hasOpenSession(UUID userId) {
        return count("userId = ?1 and state in ?2", userId, OPEN) > 0;
    }

    public List<ChargingSession> page(UUID userId, String partnerId, int pageIndex, int pageSize) {
        return find("userId = ?1 and partnerId = ?2", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                userId, partnerId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOwned(UUID userId, String partnerId) {
        return count("userId = ?1 and partnerId = ?2", userId, partnerId);
    }

    public Optional<ChargingSession> lockByCpoSession(String countryCode, String partyId, String cpoSessionId) {
        return find("cpoCountryCode = ?1 and cpoPartyId = ?2 and cpoSessionId = ?3", countryCode, partyId, cpoSessionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<ChargingSession> findByCdrId(String cdrId) {
        return find("cdrId", cdrId).firstResultOptional();
    }

    /**
     * Locks open sessions the watchdog should give up on: STARTING since before {@code startedBefore}, ACTIVE or
     * STOPPING without any change since {@code quietSince}. SKIP LOCKED: replicas (and live callbacks) never wait
     * on each other, each takes what nobody holds.
     */
    public List<UUID> lockStale(OffsetDateTime startedBefore, OffsetDateTime quietSince, int limit) {
        return ids(getEntityManager().createNativeQuery("""
                        SELECT id FROM charging_session
                        WHERE (state = 'STARTING' AND created_at < :started)
                           OR (state IN ('ACTIVE', 'STOPPING') AND updated_at < :quiet)
                        ORDER BY created_at LIMIT :n FOR UPDATE SKIP LOCKED""")
                .setParameter("started", startedBefore).setParameter("quiet", quietSince).setParameter("n", limit)
                .getResultList());
    }

    public List<UUID> releasePending(int limit) {
        return ids(getEntityManager().createNativeQuery(
                        "SELECT id FROM charging_session WHERE release_pending ORDER BY updated_at LIMIT :n")
                .setParameter("n", limit).getResultList());
    }

    private static List<UUID> ids(List<?> rows) {
        return rows.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
    }
}
