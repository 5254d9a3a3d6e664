package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.platform.auth.InternalAuthHeaders;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "station-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@Path("/internal/v1/evses")
public interface StationClient {

    @GET
    @Path("/{evse_id}")
    Uni<EvseSnapshot> evse(@PathParam("evse_id") String evseId);

    /**
     * station_info and tariff_snapshot are kept as given: they are copied onto the session unchanged. cpo_key: the
     * CPO that runs the EVSE, whose commands endpoint gets START/STOP_SESSION.
     */
    record EvseSnapshot(String evseId, String evseUid, String connectorId, String status, String locationId,
                        String countryCode, String partyId, JsonNode stationInfo, Boolean isPartner, String logoUrl,
                        JsonNode tariffSnapshot, String cpoKey) {
    }
}
