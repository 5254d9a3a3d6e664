package io.connect.cpo.api;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.ChargingSimulator;
import io.connect.cpo.domain.SimSession;
import io.connect.ocpi.model.Session;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** OCPI Sessions, Sender interface: what an eMSP pulls to catch up on missed pushes. */
@Path("/ocpi/cpo/2.2.1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    private final ChargingSimulator simulator;
    private final CpoConfig config;

    SessionsResource(ChargingSimulator simulator, CpoConfig config) {
        this.simulator = simulator;
        this.config = config;
    }

    @GET
    public Response sessions(@BeanParam PageRequest page, @Context UriInfo uri) {
        var sessions = simulator.sessions().stream().map(SimSession::toOcpi).toList();
        return Pages.page(sessions, Session::lastUpdated, Session::id, page, config.pageLimit(), uri);
    }

}
