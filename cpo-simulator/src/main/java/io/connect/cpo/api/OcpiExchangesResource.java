package io.connect.cpo.api;

import io.connect.cpo.transport.OcpiExchanges;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Admin (no auth, like /sim): the recent OCPI requests in and out, oldest first, optionally by correlation id. */
@Path("/sim/ocpi-exchanges")
@Produces(MediaType.APPLICATION_JSON)
public class OcpiExchangesResource {

    private final OcpiExchanges exchanges;

    OcpiExchangesResource(OcpiExchanges exchanges) {
        this.exchanges = exchanges;
    }

    @GET
    public List<OcpiExchanges.Exchange> list(@QueryParam("correlation_id") String correlationId) {
        return exchanges.all().stream()
                .filter(e -> correlationId == null || correlationId.equals(e.correlationId())
                        || correlationId.equals(e.answeredCorrelationId()))
                .toList();
    }

    @DELETE
    public void clear() {
        exchanges.clear();
    }
}
