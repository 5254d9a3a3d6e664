package io.connect.cpo.domain.ocpi;

import java.time.Instant;
import java.util.List;

public record Evse(String uid, String evseId, EvseStatus status, List<String> capabilities,
        List<Connector> connectors, Instant lastUpdated) {

    public Evse withStatus(EvseStatus newStatus, Instant at) {
        return new Evse(uid, evseId, newStatus, capabilities, connectors, at);
    }

    public Connector connector(String connectorId) {
        return connectors.stream().filter(c -> c.id().equals(connectorId)).findFirst().orElse(null);
    }
}
