package io.connect.charging.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A command we sent to the CPO; its uid is the last segment of the response_url the CPO answers at. */
@Entity
@Table(name = "ocpi_command")
public class OcpiCommand {

    @Id
    public UUID uid;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public String type;

    /** The CommandResult's result, once the CPO answered. */
    public String result;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
}
