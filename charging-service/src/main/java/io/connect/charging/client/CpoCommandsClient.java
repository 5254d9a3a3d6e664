package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.Url;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The CPO's OCPI 2.2.1 Commands receiver, at the URL {@link CpoLink} resolves ({@code .../commands/{command}}). */
@RegisterRestClient(configKey = "cpo")
@RegisterClientHeaders(OcpiTokenHeaders.class)
public interface CpoCommandsClient {

    /** @return the OCPI envelope whose data is a CommandResponse */
    @POST
    JsonNode send(@Url String commandUrl, JsonNode body);
}
