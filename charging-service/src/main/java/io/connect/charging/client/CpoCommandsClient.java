package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.Url;
import io.smallrye.mutiny.Uni;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A CPO's OCPI 2.2.1 Commands receiver, at the URL {@link CpoLink} resolves ({@code .../commands/{command}}), with
 * that CPO's {@code Authorization: Token base64(token C)}.
 */
@RegisterRestClient(configKey = "cpo")
@RegisterClientHeaders(OcpiTokenHeaders.class)
public interface CpoCommandsClient {

    /** @return the OCPI envelope whose data is a CommandResponse */
    @POST
    JsonNode send(@Url String commandUrl, @HeaderParam(OcpiToken.HEADER) String authorization, JsonNode body);

    /** The same, non-blocking. */
    @POST
    Uni<JsonNode> sendAsync(@Url String commandUrl, @HeaderParam(OcpiToken.HEADER) String authorization,
                            JsonNode body);
}
