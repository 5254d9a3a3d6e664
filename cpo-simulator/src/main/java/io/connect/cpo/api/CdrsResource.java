package io.connect.cpo.api;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.ChargingSimulator;
import io.connect.ocpi.model.Cdr;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** OCPI CDRs, Sender interface, for eMSPs that pull instead of (or besides) receiving pushes. */
@Path("/ocpi/cpo/2.2.1/cdrs")
@Produces(MediaType.APPLICATION_JSON)
public class CdrsResource {

    private final ChargingSimulator simulator;
    private final CpoConfig config;

    CdrsResource(ChargingSimulator simulator, CpoConfig config) {
        this.simulator = simulator;
        this.config = config;
    }

    @GET
    public Response cdrs(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Pages.page(simulator.cdrs(), Cdr::lastUpdated, Cdr::id, page, config.pageLimit(), uri);
    }
}
