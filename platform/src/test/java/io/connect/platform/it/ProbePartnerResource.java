package io.connect.platform.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A public endpoint of the test app, behind the partner-token filter. */
@Path("/api/v1/probe")
public class ProbePartnerResource {

    @GET
    public String probe() {
        return "reached";
    }
}
