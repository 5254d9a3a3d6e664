package io.connect.cpo.api;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.NetworkState;
import io.connect.ocpi.model.Tariff;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** OCPI Tariffs, Sender interface. */
@Path("/ocpi/cpo/2.2.1/tariffs")
@Produces(MediaType.APPLICATION_JSON)
public class TariffsResource {

    private final NetworkState state;
    private final CpoConfig config;

    TariffsResource(NetworkState state, CpoConfig config) {
        this.state = state;
        this.config = config;
    }

    @GET
    public Response list(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Pages.page(state.tariffs(), Tariff::lastUpdated, Tariff::id, page, config.pageLimit(), uri);
    }
}
