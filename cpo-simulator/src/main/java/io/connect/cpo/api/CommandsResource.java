package io.connect.cpo.api;

import io.connect.cpo.domain.Times;
import io.connect.ocpi.transport.OcpiResponse;
import io.connect.cpo.domain.ChargingSimulator;
import io.connect.cpo.domain.CommandAnswer;
import io.connect.ocpi.model.CommandResponse;
import io.connect.ocpi.model.StartSession;
import io.connect.ocpi.model.StopSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** OCPI Commands, Receiver interface: answered at once, the CommandResult follows at the response_url. */
@Path("/ocpi/cpo/2.2.1/commands")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CommandsResource {

    private final ChargingSimulator simulator;

    CommandsResource(ChargingSimulator simulator) {
        this.simulator = simulator;
    }

    @POST
    @Path("START_SESSION")
    public Response start(StartSession command) {
        List<String> missing = new ArrayList<>();
        if (command == null) {
            return rejectedInvalid("A StartSession body is required");
        }
        require(missing, "response_url", command.responseUrl());
        require(missing, "location_id", command.locationId());
        require(missing, "evse_uid", command.evseUid());
        if (command.token() == null || blank(command.token().uid())) {
            missing.add("token.uid");
        }
        if (!missing.isEmpty()) {
            return rejectedInvalid("Missing " + String.join(", ", missing));
        }
        if (!absoluteHttp(command.responseUrl())) {
            return rejectedInvalid("response_url must be an absolute http(s) URL");
        }
        return answer(simulator.start(command));
    }

    @POST
    @Path("STOP_SESSION")
    public Response stop(StopSession command) {
        if (command == null || blank(command.responseUrl()) || blank(command.sessionId())) {
            return rejectedInvalid("StopSession needs response_url and session_id");
        }
        if (!absoluteHttp(command.responseUrl())) {
            return rejectedInvalid("response_url must be an absolute http(s) URL");
        }
        return answer(simulator.stop(command));
    }

    @POST
    @Path("{command}")
    public Response unsupported(@PathParam("command") String command) {
        return answer(new CommandAnswer(CommandResponse.of("NOT_SUPPORTED", 0,
                "The simulator supports START_SESSION and STOP_SESSION, not " + command), 1000));
    }

    private static Response answer(CommandAnswer answer) {
        String message = answer.statusCode() == 1000 ? "Success"
                : answer.response().message().get(0).text();
        return Response.ok(OcpiResponse.of(answer.response(), answer.statusCode(), message, Times.now())).build();
    }

    private static Response rejectedInvalid(String why) {
        return Response.status(400)
                .entity(OcpiResponse.of(CommandResponse.of("REJECTED", 0, why), 2001, why, Times.now())).build();
    }

    private static void require(List<String> missing, String name, String value) {
        if (blank(value)) {
            missing.add(name);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean absoluteHttp(String url) {
        try {
            URI uri = URI.create(url);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
