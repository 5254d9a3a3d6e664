package io.connect.station.persistence;

import io.connect.station.messaging.EvseStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The status PATCH of one EVSE, the push a CPO sends most by far (every plug-in and unplug of a network of a
 * million EVSEs), applied in two short statements instead of loading and rewriting the whole location: lock the
 * EVSE row, then set its status and bump its location's {@code last_updated}. Same rules as {@link StationWriter}:
 * an older {@code last_updated} changes nothing, a changed status emits {@code station.evse.status-changed.v1} in
 * the same transaction.
 */
@ApplicationScoped
public class EvseStatusWriter {

    /** The locking read; LATERAL so an unknown EVSE still returns its location (404 names the right object). */
    private static final String LOCK = """
            SELECT l.pk, l.cpo_key, e.pk, e.evse_id, e.status, e.last_updated
            FROM location l
            LEFT JOIN LATERAL (SELECT pk, evse_id, status, last_updated FROM evse
                               WHERE location_pk = l.pk AND uid = ?4 FOR UPDATE) e ON true
            WHERE l.country_code = ?1 AND l.party_id = ?2 AND l.id = ?3""";

    private static final String APPLY = """
            WITH changed AS (UPDATE evse SET status = ?1, last_updated = ?2 WHERE pk = ?3)
            UPDATE location SET last_updated = ?2 WHERE pk = ?4 AND last_updated < ?2""";

    @Inject
    EntityManager em;

    @Inject
    EvseStatusEvents events;

    /** The EVSE a status push names, locked until the transaction ends. */
    public record LockedEvse(long locationPk, String cpoKey, Long evsePk, String evseId, String status,
                             Instant lastUpdated) {

        public boolean evseKnown() {
            return evsePk != null;
        }
    }

    /** @return empty when the location is unknown; an unknown EVSE comes back with {@code evseKnown() == false} */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LockedEvse> lock(String countryCode, String partyId, String locationId, String uid) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LOCK)
                .setParameter(1, countryCode).setParameter(2, partyId).setParameter(3, locationId)
                .setParameter(4, uid)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new LockedEvse(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (Instant) r[5]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome apply(LockedEvse evse, String locationId, String uid, String status, Instant lastUpdated) {
        if (evse.lastUpdated().isAfter(lastUpdated)) {
            return ApplyOutcome.STALE;
        }
        em.createNativeQuery(APPLY)
                .setParameter(1, status).setParameter(2, lastUpdated.atOffset(ZoneOffset.UTC))
                .setParameter(3, evse.evsePk()).setParameter(4, evse.locationPk())
                .executeUpdate();
        if (!status.equals(evse.status())) {
            events.statusChanged(locationId, evse.evseId() != null ? evse.evseId() : uid, status, evse.status(),
                    lastUpdated);
        }
        return ApplyOutcome.UPDATED;
    }
}
