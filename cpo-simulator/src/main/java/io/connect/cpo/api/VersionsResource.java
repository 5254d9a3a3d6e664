package io.connect.cpo.api;

import io.connect.cpo.domain.Times;
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

    public record Version(String version, String url) {
    }

    public record Endpoint(String identifier, String role, String url) {
    }

    public record VersionDetails(String version, List<Endpoint> endpoints) {
    }

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
                new Endpoint("locations", "SENDER", base + "/locations"),
                new Endpoint("tariffs", "SENDER", base + "/tariffs"),
                new Endpoint("sessions", "SENDER", base + "/sessions"),
                new Endpoint("cdrs", "SENDER", base + "/cdrs"),
                new Endpoint("commands", "RECEIVER", base + "/commands"))), Times.now());
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("ocpi/cpo/2.2.1").build().toString();
    }
}
