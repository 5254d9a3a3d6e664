package io.connect.cpo.api;

import io.connect.cpo.credentials.CredentialsRegistry;
import io.connect.cpo.credentials.CredentialsRegistry.Kind;
import io.connect.cpo.credentials.EmspRegistrar;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.jaxrs.OcpiMessageIds;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiResponse;
import io.connect.ocpi.transport.OcpiStatus;
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
import jakarta.ws.rs.core.UriInfo;

/**
 * OCPI 2.2.1 credentials module, CPO side. POST registers an eMSP (TOKEN_A only), PUT rotates a registered
 * eMSP's tokens, DELETE unregisters it; POST when registered and PUT/DELETE when not are 405, as OCPI says.
 */
@Path("/ocpi/cpo/2.2.1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    private final EmspRegistrar registrar;
    private final CredentialsRegistry registry;

    CredentialsResource(EmspRegistrar registrar, CredentialsRegistry registry) {
        this.registrar = registrar;
        this.registry = registry;
    }

    @GET
    public OcpiResponse<Credentials> get(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return OcpiResponse.success(registrar.ours(token(request), VersionsResource.versionsUrl(uri)), Times.now());
    }

    @POST
    public OcpiResponse<Credentials> post(Credentials theirs, @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        if (kind(request) != Kind.TOKEN_A) {
            throw notAllowed("Already registered with this token: update with PUT or unregister with DELETE");
        }
        return OcpiResponse.success(registrar.register(theirs, null, VersionsResource.versionsUrl(uri),
                correlationId(request)), Times.now());
    }

    @PUT
    public OcpiResponse<Credentials> put(Credentials theirs, @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        if (kind(request) != Kind.REGISTERED_C) {
            throw notAllowed("Not registered: register with POST and TOKEN_A first");
        }
        return OcpiResponse.success(registrar.register(theirs, token(request), VersionsResource.versionsUrl(uri),
                correlationId(request)), Times.now());
    }

    @DELETE
    public OcpiResponse<Object> delete(@Context ContainerRequestContext request) {
        if (kind(request) != Kind.REGISTERED_C || !registry.unregister(token(request))) {
            throw notAllowed("Not registered: nothing to unregister");
        }
        return OcpiResponse.withNullData(OcpiStatus.SUCCESS, "Unregistered", Times.now());
    }

    private static OcpiException notAllowed(String why) {
        return new OcpiException(405, OcpiStatus.GENERIC_CLIENT_ERROR, why);
    }

    private static Kind kind(ContainerRequestContext request) {
        return (Kind) request.getProperty(OcpiAuthFilter.KIND);
    }

    private static String token(ContainerRequestContext request) {
        return (String) request.getProperty(OcpiAuthFilter.TOKEN);
    }

    private static String correlationId(ContainerRequestContext request) {
        return (String) request.getProperty(OcpiMessageIds.CORRELATION_ID);
    }
}
