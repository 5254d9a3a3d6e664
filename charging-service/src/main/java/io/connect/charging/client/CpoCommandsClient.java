package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The CPO's OCPI 2.2.1 Commands receiver; base URL {@code connect.ocpi.cpo-url}. */
@RegisterRestClient(configKey = "cpo")
@RegisterClientHeaders(OcpiTokenHeaders.class)
@Path("/commands")
public interface CpoCommandsClient {

    /** @return the OCPI envelope whose data is a CommandResponse */
    @POST
    @Path("/{command}")
    JsonNode send(@PathParam("command") String command, JsonNode body);
}
