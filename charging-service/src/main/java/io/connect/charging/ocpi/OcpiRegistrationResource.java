package io.connect.charging.ocpi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.charging.config.OcpiSettings;
import io.connect.charging.persistence.OcpiParty;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.transport.OcpiCallException;
import io.connect.ocpi.transport.OcpiHeaders;
import io.connect.ocpi.transport.OcpiToken;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * Operators' handle on the credentials handshake (internal token required, never routed by the gateway):
 * register with the configured CPO, rotate, unregister, look at the registration (never at its tokens), and
 * issue a TOKEN_A for a CPO that is to register with us. Calls to the CPO carry this request's
 * X-Correlation-ID (or a new one), which is echoed.
 */
@Path("/internal/v1/ocpi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OcpiRegistrationResource {

    public record RegisterRequest(@JsonProperty("token_a") String tokenA) {
    }

    public record RegistrationView(String status, String countryCode, String partyId, String businessName,
                                   String versionsUrl, List<Endpoint> endpoints, OffsetDateTime createdAt,
                                   OffsetDateTime updatedAt) {
    }

    public record TokenAView(String tokenA, String versionsUrl) {
    }

    @Inject
    CpoHandshake handshake;

    @Inject
    PartyStore store;

    @Inject
    OcpiSettings settings;

    @GET
    @Path("/cpo-registration")
    public RegistrationView get() {
        return view(handshake.current().orElseThrow(() -> ApiException.notFound("CPO registration")));
    }

    @POST
    @Path("/cpo-registration")
    public Response register(RegisterRequest body, @HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        String tokenA = body != null && body.tokenA() != null ? body.tokenA() : settings.cpoTokenA().orElseThrow(
                () -> ApiException.validation("token_a", "is required: no TOKEN_A is configured (OCPI_CPO_TOKEN_A)"));
        if (tokenA.isBlank() || tokenA.length() > 64) {
            throw ApiException.validation("token_a", "must be 1 to 64 characters");
        }
        String correlationId = OcpiHeaders.orNew(correlation);
        OcpiParty party = toCpo(() -> handshake.register(tokenA, correlationId));
        return Response.status(201).entity(view(party)).header(OcpiHeaders.CORRELATION_ID, correlationId).build();
    }

    @PUT
    @Path("/cpo-registration")
    public Response rotate(@HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        OcpiParty party = handshake.current().orElseThrow(() -> ApiException.notFound("CPO registration"));
        String correlationId = OcpiHeaders.orNew(correlation);
        OcpiParty rotated = toCpo(() -> handshake.rotate(party, correlationId));
        return Response.ok(view(rotated)).header(OcpiHeaders.CORRELATION_ID, correlationId).build();
    }

    @DELETE
    @Path("/cpo-registration")
    public Response unregister(@HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        OcpiParty party = handshake.current().orElseThrow(() -> ApiException.notFound("CPO registration"));
        String correlationId = OcpiHeaders.orNew(correlation);
        toCpo(() -> {
            handshake.unregister(party, correlationId);
            return null;
        });
        return Response.noContent().header(OcpiHeaders.CORRELATION_ID, correlationId).build();
    }

    /** A TOKEN_A to hand to a CPO out of band, with our versions URL; shown once, stored hashed. */
    @POST
    @Path("/token-a")
    public Response issueTokenA() {
        String tokenA = OcpiToken.generate();
        store.issueTokenA(OcpiToken.sha256(tokenA));
        return Response.status(201).entity(new TokenAView(tokenA, settings.versionsUrl())).build();
    }

    private static <T> T toCpo(Supplier<T> call) {
        try {
            return call.get();
        } catch (PartyStore.AlreadyRegistered e) {
            throw new ApiException(409, "Already registered.", ErrorType.VALIDATION_ERROR, e.getMessage());
        } catch (OcpiCallException e) {
            throw new ApiException(502, "The CPO did not complete the credentials handshake.",
                    ErrorType.CHARGING_PROVIDER_ERROR, e.getMessage())
                    .withErrorField("cpo_http_status", e.httpStatus())
                    .withErrorField("cpo_status_code", e.ocpiStatus());
        }
    }

    private RegistrationView view(OcpiParty party) {
        return new RegistrationView(party.status.name(), party.countryCode, party.partyId, party.businessName,
                party.versionsUrl, store.endpoints(party).endpoints(), party.createdAt, party.updatedAt);
    }
}
