package io.connect.charging.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.config.Json;
import io.connect.ocpi.jaxrs.OcpiMessageIds;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * OCPI 2.2.1 credentials module of our eMSP side: GET our credentials, POST to register (TOKEN_A), PUT to update,
 * DELETE to unregister. POST when registered and PUT/DELETE when not are answered 405, as OCPI says.
 */
@Path("/ocpi/emsp/2.2.1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OcpiCredentialsResource {

    @Inject
    PartyCredentials credentials;

    @Inject
    OurOcpiParty us;

    @Inject
    Json json;

    @GET
    public Response get(@Context ContainerRequestContext request) {
        return OcpiResponses.ok(us.credentials(OcpiAuthFilter.caller(request).token()));
    }

    @POST
    public Response post(JsonNode body, @Context ContainerRequestContext request) {
        return OcpiResponses.ok(credentials.register(OcpiAuthFilter.caller(request), parse(body),
                OcpiMessageIds.correlationId(request)));
    }

    @PUT
    public Response put(JsonNode body, @Context ContainerRequestContext request) {
        return OcpiResponses.ok(credentials.update(OcpiAuthFilter.caller(request), parse(body),
                OcpiMessageIds.correlationId(request)));
    }

    @DELETE
    public Response delete(@Context ContainerRequestContext request) {
        credentials.unregister(OcpiAuthFilter.caller(request));
        return OcpiResponses.error(200, OcpiStatus.SUCCESS, "Unregistered.");
    }

    private Credentials parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw OcpiException.invalid("the body must be a Credentials object");
        }
        try {
            return json.convert(body, Credentials.class);
        } catch (IllegalArgumentException e) {
            throw OcpiException.invalid("the body is not a Credentials object: " + e.getMessage());
        }
    }
}
