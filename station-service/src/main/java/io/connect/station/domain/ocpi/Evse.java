package io.connect.station.domain.ocpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OCPI EVSE. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evse(String uid, String evseId, String status, List<String> capabilities, List<Connector> connectors,
                   Instant lastUpdated) {

    public List<Connector> connectorsOrEmpty() {
        return connectors == null ? List.of() : connectors;
    }

    /** The id partners see: the eMI3 EVSE id, or the uid when the CPO sent none. */
    public String publicId() {
        return evseId != null ? evseId : uid;
    }

    public Evse withConnectors(List<Connector> list) {
        return new Evse(uid, evseId, status, capabilities, list, lastUpdated);
    }
}
