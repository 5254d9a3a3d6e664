package io.connect.cpo.api;

import io.connect.ocpi.transport.OcpiException;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.transport.OcpiResponse;
import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.EvseRef;
import io.connect.cpo.domain.NetworkState;
import io.connect.cpo.domain.network.LocationBook;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** OCPI Locations, Sender interface. */
@Path("/ocpi/cpo/2.2.1/locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationsResource {

    private final NetworkState state;
    private final CpoConfig config;

    LocationsResource(NetworkState state, CpoConfig config) {
        this.state = state;
        this.config = config;
    }

    @GET
    public Response list(@BeanParam PageRequest page, @Context UriInfo uri) {
        int offset = page.offset();
        int limit = page.limit(config.pageLimit());
        LocationBook.Slice slice = state.locationPage(page.dateFrom(), page.dateTo(), offset, limit);
        return Pages.response(slice.items(), slice.total(), offset, limit, uri);
    }

    @GET
    @Path("{location_id}")
    public OcpiResponse<Location> location(@PathParam("location_id") String locationId) {
        return OcpiResponse.success(state.location(locationId)
                .orElseThrow(() -> OcpiException.notFound("Unknown location " + locationId)), Times.now());
    }

    @GET
    @Path("{location_id}/{evse_uid}")
    public OcpiResponse<Evse> evse(@PathParam("location_id") String locationId,
            @PathParam("evse_uid") String evseUid) {
        return OcpiResponse.success(find(locationId, evseUid).evse(), Times.now());
    }

    @GET
    @Path("{location_id}/{evse_uid}/{connector_id}")
    public OcpiResponse<Connector> connector(@PathParam("location_id") String locationId,
            @PathParam("evse_uid") String evseUid, @PathParam("connector_id") String connectorId) {
        Connector connector = find(locationId, evseUid).evse().connector(connectorId);
        if (connector == null) {
            throw OcpiException.notFound("Unknown connector " + connectorId);
        }
        return OcpiResponse.success(connector, Times.now());
    }

    private EvseRef find(String locationId, String evseUid) {
        return state.evse(locationId, evseUid)
                .orElseThrow(() -> OcpiException.notFound("Unknown location " + locationId + " or EVSE " + evseUid));
    }
}
