package io.connect.station.messaging;

import io.connect.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/** Writes EVSE status changes to the outbox, in the transaction that changed the status; keyed by station id. */
@ApplicationScoped
public class EvseStatusEvents {

    public static final String TYPE = "station.evse.status-changed.v1";

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "connect.topics.evse-status")
    String topic;

    public void statusChanged(String stationId, String evseId, String status, String previous, Instant changedAt) {
        outbox.publish(topic, stationId, TYPE, evseId,
                new EvseStatusChanged(stationId, evseId, status, previous, changedAt));
    }
}
