package io.connect.charging.ocpi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.charging.config.OcpiSettings;
import io.connect.charging.persistence.OcpiParty;
import io.connect.ocpi.model.CredentialsRole;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * Operators' handle on the credentials handshakes (internal token required, never routed by the gateway): per
 * configured CPO key ({@code /cpo-registrations/{cpo_key}}; {@code /cpo-registration} is the default CPO's)
 * register, rotate, unregister, look at the registration (never at its tokens); list them all; and issue a
 * TOKEN_A for a CPO that is to register with us. Calls to the CPO carry this request's X-Correlation-ID (or a new
 * one), which is echoed.
 */
@Path("/internal/v1/ocpi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OcpiRegistrationResource {

    public record RegisterRequest(@JsonProperty("token_a") String tokenA) {
    }

    public record TokenARequest(@JsonProperty("cpo_key") String cpoKey) {
    }

    public record RegistrationView(String cpoKey, String status, String countryCode, String partyId,
                                   String businessName, List<CredentialsRole> cpoRoles, String versionsUrl,
                                   List<Endpoint> endpoints, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
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
    @Path("/cpo-registrations")
    public List<RegistrationView> list() {
        return store.allRegistered().stream().map(this::view).toList();
    }

    @GET
    @Path("/cpo-registrations/{cpo_key}")
    public RegistrationView get(@PathParam("cpo_key") String cpoKey) {
        return view(registration(cpoKey));
    }

    @POST
    @Path("/cpo-registrations/{cpo_key}")
    public Response register(@PathParam("cpo_key") String cpoKey, RegisterRequest body,
                             @HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        OcpiSettings.Cpo cpo = settings.cpo(cpoKey).orElseThrow(() -> ApiException.notFound("CPO " + cpoKey));
        String tokenA = body != null && body.tokenA() != null ? body.tokenA() : cpo.tokenA().orElseThrow(
                () -> ApiException.validation("token_a", "is required: no TOKEN_A is configured for CPO " + cpoKey
                        + " (OCPI_CPO_TOKEN_A, connect.ocpi.cpos." + cpoKey + ".token-a)"));
        if (tokenA.isBlank() || tokenA.length() > 64) {
            throw ApiException.validation("token_a", "must be 1 to 64 characters");
        }
        String correlationId = OcpiHeaders.orNew(correlation);
        OcpiParty party = toCpo(() -> handshake.register(cpo, tokenA, correlationId));
        return Response.status(201).entity(view(party)).header(OcpiHeaders.CORRELATION_ID, correlationId).build();
    }

    @PUT
    @Path("/cpo-registrations/{cpo_key}")
    public Response rotate(@PathParam("cpo_key") String cpoKey,
                           @HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        OcpiParty party = registration(cpoKey);
        String correlationId = OcpiHeaders.orNew(correlation);
        OcpiParty rotated = toCpo(() -> handshake.rotate(party, correlationId));
        return Response.ok(view(rotated)).header(OcpiHeaders.CORRELATION_ID, correlationId).build();
    }

    @DELETE
    @Path("/cpo-registrations/{cpo_key}")
    public Response unregister(@PathParam("cpo_key") String cpoKey,
                               @HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        OcpiParty party = registration(cpoKey);
        String correlationId = OcpiHeaders.orNew(correlation);
        toCpo(() -> {
            handshake.unregister(party, correlationId);
            return null;
        });
        return Response.noContent().header(OcpiHeaders.CORRELATION_ID, correlationId).build();
    }

    /** The default CPO's registration (the paths from before CPO keys). */
    @GET
    @Path("/cpo-registration")
    public RegistrationView getDefault() {
        return get(settings.defaultCpo());
    }

    @POST
    @Path("/cpo-registration")
    public Response registerDefault(RegisterRequest body, @HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        return register(settings.defaultCpo(), body, correlation);
    }

    @PUT
    @Path("/cpo-registration")
    public Response rotateDefault(@HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        return rotate(settings.defaultCpo(), correlation);
    }

    @DELETE
    @Path("/cpo-registration")
    public Response unregisterDefault(@HeaderParam(OcpiHeaders.CORRELATION_ID) String correlation) {
        return unregister(settings.defaultCpo(), correlation);
    }

    /**
     * A TOKEN_A to hand to a CPO out of band, with our versions URL; shown once, stored hashed. With a
     * {@code cpo_key} the CPO that registers with it becomes that key's CPO (station-service uses it then).
     */
    @POST
    @Path("/token-a")
    public Response issueTokenA(TokenARequest body) {
        String cpoKey = body == null ? null : body.cpoKey();
        if (cpoKey != null && !cpoKey.matches("[A-Za-z0-9_-]{1,64}")) {
            throw ApiException.validation("cpo_key", "must be 1 to 64 letters, digits, '-' or '_'");
        }
        String tokenA = OcpiToken.generate();
        toCpo(() -> store.issueTokenA(OcpiToken.sha256(tokenA), cpoKey));
        return Response.status(201).entity(new TokenAView(tokenA, settings.versionsUrl())).build();
    }

    private OcpiParty registration(String cpoKey) {
        return handshake.current(cpoKey).orElseThrow(() -> ApiException.notFound("CPO registration"));
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
        return new RegistrationView(party.cpoKey, party.status.name(), party.countryCode, party.partyId,
                party.businessName, store.cpoRoles(party), party.versionsUrl, store.endpoints(party).endpoints(),
                party.createdAt, party.updatedAt);
    }
}
