package io.connect.cpo.api;

import io.connect.cpo.domain.Times;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.model.Version;
import io.connect.ocpi.model.VersionDetails;
import io.connect.ocpi.transport.OcpiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** OCPI version information: the versions we speak and, for 2.2.1, our modules and their roles. */
@Path("/ocpi/cpo")
@Produces(MediaType.APPLICATION_JSON)
public class VersionsResource {

    @GET
    @Path("versions")
    public OcpiResponse<List<Version>> versions(@Context UriInfo uri) {
        return OcpiResponse.success(List.of(new Version("2.2.1", base(uri))), Times.now());
    }

    @GET
    @Path("2.2.1")
    public OcpiResponse<VersionDetails> details(@Context UriInfo uri) {
        String base = base(uri);
        return OcpiResponse.success(new VersionDetails("2.2.1", List.of(
                new Endpoint("credentials", Endpoint.SENDER, base + "/credentials"),
                new Endpoint("credentials", Endpoint.RECEIVER, base + "/credentials"),
                new Endpoint("locations", Endpoint.SENDER, base + "/locations"),
                new Endpoint("tariffs", Endpoint.SENDER, base + "/tariffs"),
                new Endpoint("sessions", Endpoint.SENDER, base + "/sessions"),
                new Endpoint("cdrs", Endpoint.SENDER, base + "/cdrs"),
                new Endpoint("commands", Endpoint.RECEIVER, base + "/commands"))), Times.now());
    }

    static String base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("ocpi/cpo/2.2.1").build().toString();
    }

    static String versionsUrl(UriInfo uri) {
        return uri.getBaseUriBuilder().path("ocpi/cpo/versions").build().toString();
    }
}
