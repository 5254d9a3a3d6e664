package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OCPI EVSE; status is kept as sent (see {@link EvseStatus#parse}) so receivers can name a bad value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evse(String uid, String evseId, String status, List<String> capabilities, List<Connector> connectors,
        Instant lastUpdated) {

    /** The status as enum, null when it is not an OCPI EvseStatus. */
    public EvseStatus statusValue() {
        return EvseStatus.parse(status);
    }

    public Evse withStatus(EvseStatus newStatus, Instant at) {
        return new Evse(uid, evseId, newStatus.name(), capabilities, connectors, at);
    }

    public Evse withConnectors(List<Connector> list) {
        return new Evse(uid, evseId, status, capabilities, list, lastUpdated);
    }

    public List<Connector> connectorsOrEmpty() {
        return connectors == null ? List.of() : connectors;
    }

    public Connector connector(String connectorId) {
        return connectorsOrEmpty().stream().filter(c -> c.id().equals(connectorId)).findFirst().orElse(null);
    }

    /** The id partners see: the eMI3 EVSE id, or the uid when the CPO sent none. */
    public String publicId() {
        return evseId != null ? evseId : uid;
    }
}
