package io.connect.station.api;

import io.connect.ocpi.transport.OcpiStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.station.domain.OcpiValidation;
import io.connect.ocpi.model.Tariff;
import io.connect.station.persistence.LocationEntity;
import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StationWriter;
import io.connect.station.persistence.TariffEntity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OCPI 2.2.1 Tariffs module, receiver interface (eMSP). */
@Path("/ocpi/emsp/2.2.1/tariffs/{cc}/{pid}/{tid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class OcpiTariffsReceiver {

    @Inject
    OcpiBodies bodies;

    @Inject
    StationWriter writer;

    @Inject
    StationReader reader;

    @Inject
    PushingCpo pushing;

    @ConfigProperty(name = "connect.ocpi.push-cpo", defaultValue = "sim")
    String defaultPushCpo;

    @GET
    @Transactional
    public Response get(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("tid") String tid) {
        return reader.tariffJson(cc, pid, tid).map(OcpiReplies::ok)
                .orElseGet(() -> OcpiReplies.error(404, OcpiStatus.GENERIC_CLIENT_ERROR, "tariff is unknown"));
    }

    @PUT
    @Transactional
    public Response put(@PathParam("cc") String cc, @PathParam("pid") String pid, @PathParam("tid") String tid,
                        String body) {
        ObjectNode node = bodies.object(body);
        OcpiBodies.matchKey(node, "country_code", cc);
        OcpiBodies.matchKey(node, "party_id", pid);
        OcpiBodies.matchKey(node, "id", tid);
        Tariff tariff = bodies.read(node, Tariff.class);
        OcpiBodies.check(OcpiValidation.tariff(tariff));
        return switch (writer.upsertTariff(cpoFor(cc, pid, tid), tariff, node)) {
            case CREATED -> OcpiReplies.ok(201, "Created");
            case UPDATED -> OcpiReplies.ok(200, "Updated");
            case STALE -> OcpiReplies.ok(200, "Ignored: older than the stored tariff (last_updated)");
        };
    }

    /** The pushing CPO's key (registered token B); with the configured token as its party's other objects. */
    private String cpoFor(String cc, String pid, String tid) {
        TariffEntity same = TariffEntity.find("countryCode = ?1 and partyId = ?2 and id = ?3", cc, pid, tid)
                .firstResult();
        if (same != null) {
            return pushing.keyFor(same.cpoKey, null);
        }
        TariffEntity t = TariffEntity.find("countryCode = ?1 and partyId = ?2", cc, pid).firstResult();
        if (t != null) {
            return pushing.keyFor(null, t.cpoKey);
        }
        LocationEntity l = LocationEntity.find("countryCode = ?1 and partyId = ?2", cc, pid).firstResult();
        return pushing.keyFor(null, l != null ? l.cpoKey : defaultPushCpo);
    }
}
