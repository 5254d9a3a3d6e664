package io.connect.charging.api;

import io.connect.charging.domain.SessionState;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Internal (billing's reconciliation): {@code GET /internal/v1/completed-sessions?from=&until=&user_id=} lists the
 * sessions that reached COMPLETED with a CDR ending in [from, until), so billing can name those whose
 * SessionCompleted it never received. {@code completed_at} is the CDR's end time (the session's end_time). At most
 * {@value #LIMIT} sessions, oldest first; {@code truncated} says when there were more.
 */
@Path("/internal/v1/completed-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class CompletedSessionsResource {

    static final int LIMIT = 10_000;
    private static final Duration LONGEST_WINDOW = Duration.ofDays(31);

    public record CompletedSession(UUID id, UUID userId, OffsetDateTime completedAt) {
    }

    public record CompletedSessions(OffsetDateTime from, OffsetDateTime until, UUID userId, boolean truncated,
                                    List<CompletedSession> sessions) {
    }

    @Inject
    EntityManager em;

    @GET
    @Transactional
    public CompletedSessions list(@QueryParam("from") String from, @QueryParam("until") String until,
                                  @QueryParam("user_id") String userId) {
        OffsetDateTime start = time("from", from);
        OffsetDateTime end = time("until", until);
        if (!start.isBefore(end)) {
            throw ApiException.validation("from", "must be before until");
        }
        if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw ApiException.validation("from", "the window may span at most 31 days");
        }
        UUID user = userId == null ? null : uuid(userId);
        TypedQuery<Object[]> query = em.createQuery("select s.id, s.userId, s.endTime from ChargingSession s"
                        + " where s.state = :state and s.endTime >= :from and s.endTime < :until"
                        + (user == null ? "" : " and s.userId = :user") + " order by s.endTime, s.id",
                        Object[].class)
                .setParameter("state", SessionState.COMPLETED)
                .setParameter("from", start)
                .setParameter("until", end)
                .setMaxResults(LIMIT + 1);
        if (user != null) {
            query.setParameter("user", user);
        }
        List<CompletedSession> found = query.getResultList().stream()
                .map(row -> new CompletedSession((UUID) row[0], (UUID) row[1], (OffsetDateTime) row[2])).toList();
        boolean truncated = found.size() > LIMIT;
        return new CompletedSessions(start, end, user, truncated, truncated ? found.subList(0, LIMIT) : found);
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.validation(field, "is required (ISO-8601 with offset, e.g. 2026-11-27T00:00:00Z)");
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.validation(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-27T00:00:00Z");
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("user_id", "must be a UUID");
        }
    }
}
