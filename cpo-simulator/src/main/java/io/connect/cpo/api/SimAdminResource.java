package io.connect.cpo.api;

import io.connect.cpo.domain.Behaviour;
import io.connect.cpo.domain.BehaviourRegistry;
import io.connect.cpo.domain.ChargingSimulator;
import io.connect.cpo.domain.EvseRef;
import io.connect.cpo.domain.EvseStatusPusher;
import io.connect.cpo.domain.LocationCopies;
import io.connect.cpo.domain.NetworkState;
import io.connect.cpo.domain.SimSession;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Session;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The simulator's own admin API (not OCPI, no auth: local and test use only) for scripting EVSE behaviour,
 * forcing statuses and looking at sessions.
 */
@Path("/sim")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SimAdminResource {

    public record StatusChange(EvseStatus status) {
    }

    public record EvseView(String evseId, String locationId, String evseUid, EvseStatus status) {
    }

    public record SessionView(String evseId, Session session) {
    }

    private final NetworkState state;
    private final BehaviourRegistry behaviours;
    private final EvseStatusPusher statuses;
    private final ChargingSimulator simulator;
    private final LocationCopies copies;

    SimAdminResource(NetworkState state, BehaviourRegistry behaviours, EvseStatusPusher statuses,
            ChargingSimulator simulator, LocationCopies copies) {
        this.state = state;
        this.behaviours = behaviours;
        this.statuses = statuses;
        this.simulator = simulator;
        this.copies = copies;
    }

    @GET
    @Path("evses/{evse_id}/behaviour")
    public Behaviour behaviour(@PathParam("evse_id") String evseId) {
        return behaviours.of(find(evseId).evse().evseId());
    }

    @PUT
    @Path("evses/{evse_id}/behaviour")
    public Behaviour script(@PathParam("evse_id") String evseId, Behaviour behaviour) {
        EvseRef ref = find(evseId);
        if (behaviour == null) {
            throw AdminException.badRequest("A behaviour body is required");
        }
        validate(behaviour);
        return behaviours.script(ref.evse().evseId(), behaviour);
    }

    private static void validate(Behaviour behaviour) {
        if (behaviour.latencyMs() != null && (behaviour.latencyMs() < 0 || behaviour.latencyMs() > 600_000)) {
            throw AdminException.badRequest("latency_ms must be between 0 and 600000");
        }
        if (behaviour.energyRateKw() != null && behaviour.energyRateKw().compareTo(BigDecimal.ZERO) <= 0) {
            throw AdminException.badRequest("energy_rate_kw must be positive");
        }
        if (behaviour.commandResponse() != null && !Behaviour.COMMAND_RESPONSES.contains(behaviour.commandResponse())) {
            throw AdminException.badRequest("command_response must be one of " + Behaviour.COMMAND_RESPONSES);
        }
        if (behaviour.updatesAfterStop() != null && (behaviour.updatesAfterStop() < 0
                || behaviour.updatesAfterStop() > 100)) {
            throw AdminException.badRequest("updates_after_stop must be between 0 and 100");
        }
    }

    /** {@code count} copies of a location, each EVSE AVAILABLE, optionally scripted; pushed to the eMSP. */
    public record CopiesRequest(Integer count, Behaviour behaviour) {
    }

    public record CopiesView(String locationId, int copies, List<String> evseIds) {
    }

    @POST
    @Path("locations/{location_id}/copies")
    public Uni<CopiesView> copies(@PathParam("location_id") String locationId, CopiesRequest request) {
        if (request == null || request.count() == null || request.count() < 1 || request.count() > 10_000) {
            throw AdminException.badRequest("count must be between 1 and 10000");
        }
        if (request.behaviour() != null) {
            validate(request.behaviour());
        }
        return copies.copy(locationId, request.count(), request.behaviour())
                .orElseThrow(() -> AdminException.notFound("Unknown location " + locationId))
                .map(ids -> new CopiesView(locationId, request.count(), ids));
    }

    @DELETE
    @Path("evses/{evse_id}/behaviour")
    public void reset(@PathParam("evse_id") String evseId) {
        behaviours.reset(find(evseId).evse().evseId());
    }

    @PUT
    @Path("evses/{evse_id}/status")
    public EvseView status(@PathParam("evse_id") String evseId, StatusChange change) {
        EvseRef ref = find(evseId);
        if (change == null || change.status() == null) {
            throw AdminException.badRequest("status is required (AVAILABLE, CHARGING, OUTOFORDER, ...)");
        }
        statuses.change(ref.location().id(), ref.evse().uid(), any -> true, change.status());
        return view(find(evseId));
    }

    @GET
    @Path("evses/{evse_id}")
    public EvseView evse(@PathParam("evse_id") String evseId) {
        return view(find(evseId));
    }

    @GET
    @Path("sessions")
    public List<SessionView> sessions() {
        return simulator.sessions().stream().map(s -> new SessionView(s.evseId(), s.toOcpi())).toList();
    }

    private EvseRef find(String evseId) {
        return state.evseByEvseId(evseId).orElseThrow(() -> AdminException.notFound("Unknown EVSE " + evseId));
    }

    private static EvseView view(EvseRef ref) {
        return new EvseView(ref.evse().evseId(), ref.location().id(), ref.evse().uid(), ref.evse().statusValue());
    }
}
