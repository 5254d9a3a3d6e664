package io.connect.station.api;

import io.connect.ocpi.transport.OcpiException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.station.domain.OcpiValidation;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import io.connect.station.persistence.ApplyOutcome;
import io.connect.station.persistence.EvseEntity;
import io.connect.station.persistence.EvseStatusWriter;
import io.connect.station.persistence.LocationEntity;
import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StationWriter;
import io.connect.station.persistence.StoredStation;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/** OCPI 2.2.1 Locations module, receiver interface (eMSP): CPOs push locations, EVSEs and connectors here. */
@Path("/ocpi/emsp/2.2.1/locations/{cc}/{pid}/{lid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class OcpiLocationsReceiver {

    @Inject
    OcpiBodies bodies;

    @Inject
    StationWriter writer;

    @Inject
    StationReader reader;

    @Inject
    EvseStatusWriter statusWriter;

    @Inject
    PushingCpo pushing;

    @ConfigProperty(name = "connect.ocpi.push-cpo", defaultValue = "sim")
    String defaultPushCpo;

    @GET
    @Transactional
    public Response get(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("lid") String lid) {
        return OcpiReplies.ok(stored(cc, pid, lid).location());
    }

    @PUT
    @Transactional
    public Response putLocation(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("lid") String lid,
                                String body) {
        ObjectNode node = bodies.object(body);
        OcpiBodies.matchKey(node, "country_code", cc);
        OcpiBodies.matchKey(node, "party_id", pid);
        OcpiBodies.matchKey(node, "id", lid);
        Location location = bodies.read(node, Location.class);
        OcpiBodies.check(OcpiValidation.location(location));
        return answer(writer.upsertLocation(cpoFor(cc, pid, lid), location));
    }

    @PATCH
    @Transactional
    public Response patchLocation(@PathParam("cc") String cc, @PathParam("pid") String pid,
                                  @PathParam("lid") String lid, String body) {
        ObjectNode patch = bodies.object(body);
        OcpiBodies.requireLastUpdated(patch);
        StoredStation stored = stored(cc, pid, lid);
        ObjectNode merged = bodies.tree(stored.location().withEvses(null));
        merged.setAll(patch);
        OcpiBodies.matchKey(merged, "country_code", cc);
        OcpiBodies.matchKey(merged, "party_id", pid);
        OcpiBodies.matchKey(merged, "id", lid);
        Location location = bodies.read(merged, Location.class);
        OcpiBodies.check(OcpiValidation.location(location));
        return answer(writer.upsertLocation(pushing.keyFor(stored.cpoKey(), null), location));
    }

    @PUT
    @Path("/{uid}")
    @Transactional
    public Response putEvse(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("lid") String lid,
                            @PathParam("uid") String uid, String body) {
        ObjectNode node = bodies.object(body);
        OcpiBodies.matchKey(node, "uid", uid);
        Evse evse = bodies.read(node, Evse.class);
        OcpiBodies.check(OcpiValidation.evse(evse));
        return answer(writer.upsertEvse(locationEntity(cc, pid, lid), evse, -1));
    }

    @PATCH
    @Path("/{uid}")
    @Transactional
    public Response patchEvse(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("lid") String lid,
                              @PathParam("uid") String uid, String body) {
        ObjectNode patch = bodies.object(body);
        OcpiBodies.requireLastUpdated(patch);
        if (OcpiBodies.onlyStatus(patch)) {
            return answer(patchEvseStatus(cc, pid, lid, uid, bodies.read(patch, Evse.class)));
        }
        StoredStation stored = stored(cc, pid, lid);
        Evse current = evse(stored, uid);
        ObjectNode merged = bodies.tree(current.withConnectors(null));
        merged.setAll(patch);
        OcpiBodies.matchKey(merged, "uid", uid);
        Evse evse = bodies.read(merged, Evse.class);
        OcpiBodies.check(OcpiValidation.evse(evse));
        return answer(writer.upsertEvse(locationEntity(cc, pid, lid), evse, -1));
    }

    @PUT
    @Path("/{uid}/{cid}")
    @Transactional
    public Response putConnector(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("lid") String lid,
                                 @PathParam("uid") String uid, @PathParam("cid") String cid, String body) {
        ObjectNode node = bodies.object(body);
        OcpiBodies.matchKey(node, "id", cid);
        Connector connector = bodies.read(node, Connector.class);
        OcpiBodies.check(OcpiValidation.connector(connector));
        LocationEntity location = locationEntity(cc, pid, lid);
        return answer(writer.pushConnector(location, evseEntity(location, uid), connector));
    }

    @PATCH
    @Path("/{uid}/{cid}")
    @Transactional
    public Response patchConnector(@PathParam("cc") String cc, @PathParam("pid") String pid,
                                   @PathParam("lid") String lid, @PathParam("uid") String uid,
                                   @PathParam("cid") String cid, String body) {
        ObjectNode patch = bodies.object(body);
        OcpiBodies.requireLastUpdated(patch);
        StoredStation stored = stored(cc, pid, lid);
        Connector current = evse(stored, uid).connectorsOrEmpty().stream().filter(c -> c.id().equals(cid)).findFirst()
                .orElseThrow(() -> OcpiException.notFound("connector " + cid + " of EVSE " + uid + " is unknown"));
        ObjectNode merged = bodies.tree(current);
        merged.setAll(patch);
        OcpiBodies.matchKey(merged, "id", cid);
        Connector connector = bodies.read(merged, Connector.class);
        OcpiBodies.check(OcpiValidation.connector(connector));
        LocationEntity location = locationEntity(cc, pid, lid);
        return answer(writer.pushConnector(location, evseEntity(location, uid), connector));
    }

    /** The common push (status and last_updated only), applied without loading the whole location. */
    private ApplyOutcome patchEvseStatus(String cc, String pid, String lid, String uid, Evse patch) {
        if (patch.statusValue() == null) {
            throw OcpiException.invalid("status: is not an OCPI EVSE status");
        }
        EvseStatusWriter.LockedEvse evse = statusWriter.lock(cc, pid, lid, uid)
                .orElseThrow(() -> unknownLocation(cc, pid, lid));
        if (!evse.evseKnown()) {
            throw unknownEvse(uid);
        }
        pushing.keyFor(evse.cpoKey(), null);
        return statusWriter.apply(evse, lid, uid, patch.status(), patch.lastUpdated());
    }

    private static OcpiException unknownLocation(String cc, String pid, String lid) {
        return OcpiException.notFound("location " + cc + "/" + pid + "/" + lid + " is unknown");
    }

    private static OcpiException unknownEvse(String uid) {
        return OcpiException.notFound("EVSE " + uid + " is unknown");
    }

    private static Response answer(ApplyOutcome outcome) {
        return switch (outcome) {
            case CREATED -> OcpiReplies.ok(201, "Created");
            case UPDATED -> OcpiReplies.ok(200, "Updated");
            case STALE -> OcpiReplies.ok(200, "Ignored: older than the stored object (last_updated)");
        };
    }

    private StoredStation stored(String cc, String pid, String lid) {
        return reader.byKey(cc, pid, lid)
                .orElseThrow(() -> unknownLocation(cc, pid, lid));
    }

    private static Evse evse(StoredStation stored, String uid) {
        return stored.location().evsesOrEmpty().stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow(() -> unknownEvse(uid));
    }

    /** The stored location an EVSE or connector push changes; only its own CPO (or the configured token) may. */
    private LocationEntity locationEntity(String cc, String pid, String lid) {
        LocationEntity l = LocationEntity.find("countryCode = ?1 and partyId = ?2 and id = ?3", cc, pid, lid).firstResult();
        if (l == null) {
            throw unknownLocation(cc, pid, lid);
        }
        pushing.keyFor(l.cpoKey, null);
        return l;
    }

    private static EvseEntity evseEntity(LocationEntity location, String uid) {
        EvseEntity e = EvseEntity.find("locationPk = ?1 and uid = ?2", location.pk, uid).firstResult();
        if (e == null) {
            throw unknownEvse(uid);
        }
        return e;
    }

    /**
     * Which CPO a pushed location belongs to: the pushing CPO's (registered token B); with the configured token as
     * stored, else as its party's other locations, else the default.
     */
    private String cpoFor(String cc, String pid, String lid) {
        LocationEntity same = LocationEntity.find("countryCode = ?1 and partyId = ?2 and id = ?3", cc, pid, lid)
                .firstResult();
        if (same != null) {
            return pushing.keyFor(same.cpoKey, null);
        }
        LocationEntity party = LocationEntity.find("countryCode = ?1 and partyId = ?2 order by pk", cc, pid)
                .firstResult();
        return pushing.keyFor(null, party != null ? party.cpoKey : defaultPushCpo);
    }

}
