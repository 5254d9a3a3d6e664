package io.connect.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** Remembers that one consumer applied one event, so a redelivery changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    @Embeddable
    public record Key(@Column(name = "consumer") String consumer,
                      @Column(name = "event_id") String eventId) implements Serializable {
    }
}
