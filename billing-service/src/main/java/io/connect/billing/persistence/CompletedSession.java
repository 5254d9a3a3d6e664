package io.connect.billing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** A SessionCompleted billing received (the first delivery counts); {@code problem} says why it was not billable. */
@Entity
@Table(name = "completed_session")
public class CompletedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
    public String problem;

    /** Records the session unless it was recorded before (a redelivery). */
    public static void received(String sessionId, String userId, String eventId, String problem) {
        getEntityManager().createNativeQuery("INSERT INTO completed_session (session_id, user_id, event_id, "
                        + "received_at, problem) VALUES (:s, :u, :e, now(), :p) ON CONFLICT (session_id) DO NOTHING")
                .setParameter("s", sessionId)
                .setParameter("u", userId)
                .setParameter("e", eventId)
                .setParameter("p", problem)
                .executeUpdate();
    }

    public static List<CompletedSession> receivedBetween(OffsetDateTime from, OffsetDateTime until, String userId) {
        return userId == null
                ? list("receivedAt >= ?1 and receivedAt < ?2", from, until)
                : list("receivedAt >= ?1 and receivedAt < ?2 and userId = ?3", from, until, userId);
    }
}
