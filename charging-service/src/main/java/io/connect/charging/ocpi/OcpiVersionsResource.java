package io.connect.charging.ocpi;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * OCPI version information of our eMSP side: GET /ocpi/emsp/versions. The 2.2.1 details are served by
 * {@link OcpiEmspResource} (GET /ocpi/emsp/2.2.1), the resource that owns that path.
 */
@Path("/ocpi/emsp/versions")
@Produces(MediaType.APPLICATION_JSON)
public class OcpiVersionsResource {

    @Inject
    OurOcpiParty us;

    @GET
    public Response versions() {
        return OcpiResponses.ok(us.versions());
    }
}
