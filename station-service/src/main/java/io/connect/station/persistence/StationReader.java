package io.connect.station.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.ocpi.model.BusinessDetails;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.GeoLocation;
import io.connect.ocpi.model.Hours;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the cache: geo search in PostGIS, and whole stations (location, EVSEs, connectors) as OCPI objects. */
@ApplicationScoped
public class StationReader {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<TariffElement>> ELEMENTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Location pks within the radius that pass the filters, nearest first. */
    @SuppressWarnings("unchecked")
    public List<Long> search(StationSearch s) {
        StringBuilder sql = new StringBuilder("""
                SELECT l.pk FROM location l
                WHERE l.publish AND ST_DWithin(l.geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :dist)
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("lon", s.longitude());
        params.put("lat", s.latitude());
        params.put("dist", (double) s.distanceMetres());
        StationFilterSql.append(s.filter(), sql, params);
        sql.append(" ORDER BY ST_Distance(l.geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography), l.pk");
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        return ((List<Number>) q.getResultList()).stream().map(Number::longValue).toList();
    }

    /** The stations of these pks, in the given order. */
    public List<StoredStation> load(List<Long> pks) {
        if (pks.isEmpty()) {
            return List.of();
        }
        List<LocationEntity> locations = LocationEntity.list("pk in ?1", pks);
        List<EvseEntity> evses = EvseEntity.list("locationPk in ?1 order by position, pk", pks);
        List<Long> evsePks = evses.stream().map(e -> e.pk).toList();
        List<ConnectorEntity> connectors = evsePks.isEmpty() ? List.of()
                : ConnectorEntity.list("evsePk in ?1 order by position, pk", evsePks);
        Map<Long, List<Connector>> connectorsByEvse = connectors.stream().collect(Collectors.groupingBy(
                c -> c.evsePk, LinkedHashMap::new, Collectors.mapping(StationReader::toOcpi, Collectors.toList())));
        Map<Long, List<Evse>> evsesByLocation = new HashMap<>();
        for (EvseEntity e : evses) {
            evsesByLocation.computeIfAbsent(e.locationPk, k -> new ArrayList<>())
                    .add(toOcpi(e, connectorsByEvse.getOrDefault(e.pk, List.of())));
        }
        Map<Long, StoredStation> byPk = new HashMap<>();
        for (LocationEntity l : locations) {
            byPk.put(l.pk, new StoredStation(l.pk, l.cpoKey, toOcpi(l, evsesByLocation.getOrDefault(l.pk, List.of()))));
        }
        return pks.stream().map(byPk::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<StoredStation> byStationId(String id) {
        return LocationEntity.<LocationEntity>find("id = ?1 order by pk", id).firstResultOptional()
                .flatMap(l -> load(List.of(l.pk)).stream().findFirst());
    }

    public Optional<StoredStation> byEvseId(String evseId) {
        return EvseEntity.<EvseEntity>find("evseId", evseId).firstResultOptional()
                .flatMap(e -> load(List.of(e.locationPk)).stream().findFirst());
    }

    public Optional<StoredStation> byKey(String countryCode, String partyId, String id) {
        return LocationEntity.<LocationEntity>find("countryCode = ?1 and partyId = ?2 and id = ?3",
                countryCode, partyId, id).firstResultOptional().flatMap(l -> load(List.of(l.pk)).stream().findFirst());
    }

    /** The tariffs of one party that these locations' connectors reference, by OCPI id. */
    public Map<String, Tariff> tariffsOf(String countryCode, String partyId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<TariffEntity> rows = TariffEntity.list("countryCode = ?1 and partyId = ?2 and id in ?3",
                countryCode, partyId, ids);
        return rows.stream().collect(Collectors.toMap(t -> t.id, this::toOcpi));
    }

    public Map<String, Tariff> tariffsFor(Location location) {
        List<String> ids = location.evsesOrEmpty().stream().flatMap(e -> e.connectorsOrEmpty().stream())
                .flatMap(c -> c.tariffIdsOrEmpty().stream()).distinct().toList();
        return tariffsOf(location.countryCode(), location.partyId(), ids);
    }

    public Optional<JsonNode> tariffJson(String countryCode, String partyId, String id) {
        return TariffEntity.<TariffEntity>find("countryCode = ?1 and partyId = ?2 and id = ?3", countryCode, partyId, id)
                .firstResultOptional().map(t -> t.ocpi);
    }

    /** Distinct operator names of the given CPOs' published locations, with a logo when one is known. */
    @SuppressWarnings("unchecked")
    public List<Object[]> operatorsOf(List<String> cpoKeys) {
        if (cpoKeys.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                        SELECT l.operator_name, min(l.cpo_key), max(l.operator -> 'logo' ->> 'url')
                        FROM location l WHERE l.publish AND l.cpo_key IN (:keys) AND l.operator_name IS NOT NULL
                        GROUP BY l.operator_name ORDER BY l.operator_name""")
                .setParameter("keys", cpoKeys).getResultList();
    }

    Location toOcpi(LocationEntity l, List<Evse> evses) {
        return new Location(l.countryCode, l.partyId, l.id, l.publish, l.name, l.address, l.city, l.postalCode, l.state,
                l.country, new GeoLocation(l.latitude.toPlainString(), l.longitude.toPlainString()), null, evses,
                convert(l.operator, BusinessDetails.class), strings(l.facilities), l.timeZone,
                convert(l.openingTimes, Hours.class), null, l.lastUpdated);
    }

    Evse toOcpi(EvseEntity e, List<Connector> connectors) {
        return new Evse(e.uid, e.evseId, e.status, strings(e.capabilities), connectors, e.lastUpdated);
    }

    static Connector toOcpi(ConnectorEntity c) {
        List<String> tariffIds = new ArrayList<>();
        if (c.tariffIds != null) {
            c.tariffIds.forEach(n -> tariffIds.add(n.asText()));
        }
        return new Connector(c.id, c.standard, c.format, c.powerType, c.maxVoltage, c.maxAmperage, c.maxElectricPower,
                tariffIds, c.lastUpdated);
    }

    Tariff toOcpi(TariffEntity t) {
        return new Tariff(t.countryCode, t.partyId, t.id, t.currency, t.type, null, null, null,
                mapper.convertValue(t.elements, ELEMENTS), t.startDateTime, t.endDateTime, t.lastUpdated);
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        return node == null || node.isNull() ? null : mapper.convertValue(node, type);
    }

    private List<String> strings(JsonNode node) {
        return node == null || node.isNull() ? List.of() : mapper.convertValue(node, STRINGS);
    }
}
