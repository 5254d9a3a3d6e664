package io.connect.station.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.platform.errors.ApiException;
import io.connect.station.config.CpoDirectory;
import io.connect.station.domain.ConnectorPower;
import io.connect.station.domain.CpoProfile;
import io.connect.station.domain.PriceGroupBuilder;
import io.connect.station.domain.Stations;
import io.connect.station.domain.TariffSnapshotBuilder;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StoredStation;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Map;

/** EVSE snapshots for charging-service (internal token checked by the platform's InternalAuthFilter). */
@Path("/internal/v1/evses")
@Produces(MediaType.APPLICATION_JSON)
public class InternalEvseResource {

    @Inject
    StationReader reader;

    @Inject
    CpoDirectory directory;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/{evse_id}")
    @Transactional
    public EvseSnapshot evse(@PathParam("evse_id") String evseId) {
        StoredStation station = reader.byEvseId(evseId).orElseThrow(() -> ApiException.notFound("EVSE"));
        Location l = station.location();
        Evse evse = l.evsesOrEmpty().stream().filter(e -> evseId.equals(e.evseId())).findFirst()
                .orElseThrow(() -> ApiException.notFound("EVSE"));
        CpoProfile cpo = directory.profile(station.cpoKey());
        Connector connector = Stations.firstConnector(evse);
        Map<String, Tariff> tariffs = reader.tariffsFor(l);
        Tariff tariff = connector == null ? null : PriceGroupBuilder.resolve(connector, tariffs);
        JsonNode tariffJson = tariff == null ? null
                : reader.tariffJson(tariff.countryCode(), tariff.partyId(), tariff.id()).orElse(null);
        var snapshot = new TariffSnapshotBuilder(directory.rules())
                .build(tariff, tariffJson, cpo, Stations.zone(l), Instant.now(), mapper::valueToTree);
        var info = new EvseSnapshot.StationInfo(Stations.name(l), Stations.address(l),
                Stations.countryAlpha2(l.country()), Stations.speed(l), connector == null ? null : connector.standard(),
                connector == null ? null : ConnectorPower.kw(connector), cpo.supportPhone(),
                l.coordinates().latitude(), l.coordinates().longitude());
        return new EvseSnapshot(evse.evseId(), evse.uid(), connector == null ? null : connector.id(), evse.status(),
                l.id(), l.countryCode(), l.partyId(), info, cpo.partner(), Stations.logoUrl(l, cpo), snapshot,
                station.cpoKey());
    }
}
