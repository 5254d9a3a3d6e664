package io.connect.charging.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.config.Json;
import io.connect.charging.config.OcpiSettings;
import io.connect.charging.domain.CdrIntake;
import io.connect.charging.domain.CommandResults;
import io.connect.charging.domain.SessionUpdates;
import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/** Our OCPI 2.2.1 eMSP side: the version details, and the receivers of CommandResults, Session pushes, CDRs. */
@Path("/ocpi/emsp/2.2.1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OcpiEmspResource {

    private static final Set<String> COMMANDS = Set.of("START_SESSION", "STOP_SESSION", "RESERVE_NOW",
            "CANCEL_RESERVATION", "UNLOCK_CONNECTOR");

    @Inject
    CommandResults commandResults;

    @Inject
    SessionUpdates sessionUpdates;

    @Inject
    CdrIntake cdrs;

    @Inject
    OcpiSettings settings;

    @Inject
    Json json;

    @Inject
    OurOcpiParty us;

    @GET
    public Response details() {
        return OcpiResponses.ok(us.details());
    }

    @POST
    @Path("/commands/{command}/{uid}")
    public Response commandResult(@PathParam("command") String command, @PathParam("uid") String uid, JsonNode body) {
        UUID commandUid;
        try {
            commandUid = UUID.fromString(uid);
        } catch (IllegalArgumentException e) {
            throw OcpiException.unknown("unknown command " + uid);
        }
        if (!COMMANDS.contains(command)) {
            throw OcpiException.unknown("unknown command type " + command);
        }
        String result = body == null ? null : body.path("result").asText(null);
        if (result == null) {
            throw OcpiException.invalid("a CommandResult needs a result");
        }
        if (!commandResults.receive(command, commandUid, result)) {
            throw OcpiException.unknown("unknown command " + uid);
        }
        return OcpiResponses.ok(null);
    }

    @PUT
    @Path("/sessions/{country_code}/{party_id}/{session_id}")
    public Response putSession(@PathParam("country_code") String cc, @PathParam("party_id") String pid,
                               @PathParam("session_id") String sessionId, JsonNode body) {
        sessionUpdates.put(cc, pid, sessionId, session(body));
        return OcpiResponses.ok(null);
    }

    @PATCH
    @Path("/sessions/{country_code}/{party_id}/{session_id}")
    public Response patchSession(@PathParam("country_code") String cc, @PathParam("party_id") String pid,
                                 @PathParam("session_id") String sessionId, JsonNode body) {
        sessionUpdates.patch(cc, pid, sessionId, session(body));
        return OcpiResponses.ok(null);
    }

    @POST
    @Path("/cdrs")
    public Response postCdr(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw OcpiException.invalid("the body must be a CDR object");
        }
        String id = cdrs.receive(body);
        return Response.status(201).entity(OcpiResponses.envelope(null, OcpiStatus.SUCCESS, "Success"))
                .location(URI.create(settings.emspBase() + "/cdrs/" + id)).build();
    }

    @GET
    @Path("/cdrs/{id}")
    public Response getCdr(@PathParam("id") String id) {
        return cdrs.find(id).map(OcpiResponses::ok)
                .orElseThrow(() -> OcpiException.unknown("unknown CDR " + id));
    }

    private OcpiSession session(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw OcpiException.invalid("the body must be a Session object");
        }
        try {
            return json.convert(body, OcpiSession.class);
        } catch (IllegalArgumentException e) {
            throw OcpiException.invalid(e.getMessage());
        }
    }
}
