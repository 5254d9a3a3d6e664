package io.connect.station.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.connect.ocpi.model.BusinessDetails;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.GeoLocation;
import io.connect.ocpi.model.Hours;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whole stations and tariffs with plain JDBC straight into OCPI objects: the search answers every request
 * from these rows, and Hibernate's entity hydration (HQL translation per IN-list size, snapshots of the JSON
 * columns for dirty checking, JSON text to tree to object) cost more CPU than the rest of the request
 * (docs/benchmarks.md, stations). Read-only: nothing here is managed by the persistence context.
 */
final class StationRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<TariffElement>> ELEMENTS = new TypeReference<>() {
    };
    /** Distinct texts kept parsed per JSON column kind (see ParsedOnce). */
    private static final int MAX_PARSED = 10_000;

    private static final String LOCATIONS = """
            SELECT pk, country_code, party_id, id, cpo_key, publish, name, address, city, postal_code, state, country,
                   latitude, longitude, time_zone, operator::text, facilities::text, opening_times::text, last_updated
              FROM location WHERE pk = ANY (?)""";
    /** EVSEs in (position, pk) order, each followed by its connectors in (position, pk) order. */
    private static final String EVSES_WITH_CONNECTORS = """
            SELECT e.pk, e.location_pk, e.uid, e.evse_id, e.status, e.capabilities::text, e.last_updated,
                   c.id, c.standard, c.format, c.power_type, c.max_voltage, c.max_amperage, c.max_electric_power,
                   c.tariff_ids::text, c.last_updated
              FROM evse e LEFT JOIN connector c ON c.evse_pk = e.pk
             WHERE e.location_pk = ANY (?)
             ORDER BY e.position, e.pk, c.position, c.pk""";
    private static final String TARIFFS = """
            SELECT country_code, party_id, id, currency, type, elements::text, start_date_time, end_date_time,
                   last_updated
              FROM tariff WHERE id = ANY (?)""";
    /** The tariffs that the connectors of these locations reference, of any party. */
    private static final String TARIFFS_OF_LOCATIONS = """
            SELECT country_code, party_id, id, currency, type, elements::text, start_date_time, end_date_time,
                   last_updated
              FROM tariff
             WHERE id = ANY (ARRAY(SELECT DISTINCT x.id
                                     FROM evse e JOIN connector c ON c.evse_pk = e.pk,
                                          jsonb_array_elements_text(c.tariff_ids) AS x(id)
                                    WHERE e.location_pk = ANY (?)))""";

    /** Equal text, equal (identical) elements: the price cache hits on identity. */
    private final ParsedOnce<List<TariffElement>> elements;
    private final ParsedOnce<List<String>> strings;
    private final ParsedOnce<BusinessDetails> operators;
    private final ParsedOnce<Hours> hours;

    StationRows(ObjectMapper mapper) {
        ObjectReader elementsReader = mapper.readerFor(ELEMENTS);
        ObjectReader stringsReader = mapper.readerFor(STRINGS);
        ObjectReader operatorReader = mapper.readerFor(BusinessDetails.class);
        ObjectReader hoursReader = mapper.readerFor(Hours.class);
        this.elements = new ParsedOnce<>(MAX_PARSED, json -> unmodifiable(read(json, elementsReader)));
        this.strings = new ParsedOnce<>(MAX_PARSED, json -> unmodifiable(read(json, stringsReader)));
        this.operators = new ParsedOnce<>(MAX_PARSED, json -> read(json, operatorReader));
        this.hours = new ParsedOnce<>(MAX_PARSED, json -> read(json, hoursReader));
    }

    private static <T> List<T> unmodifiable(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(list);
    }

    /** The stations of these pks, in the given order (unknown pks left out). */
    List<StoredStation> stations(Connection connection, List<Long> pks) throws SQLException {
        Array keys = connection.createArrayOf("bigint", pks.toArray(Long[]::new));
        Map<Long, List<Evse>> evses;
        try (PreparedStatement ps = connection.prepareStatement(EVSES_WITH_CONNECTORS)) {
            ps.setArray(1, keys);
            try (ResultSet rs = ps.executeQuery()) {
                evses = evses(rs);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(LOCATIONS)) {
            ps.setArray(1, keys);
            try (ResultSet rs = ps.executeQuery()) {
                return stations(rs, evses, pks);
            }
        }
    }

    /** A page of stations and the tariffs (of any party) that their connectors reference. */
    record Page(List<StoredStation> stations, List<Tariff> tariffs) {
    }

    /**
     * The stations of these pks (in the given order) and their tariffs, the three statements sent together in one
     * round trip (pgjdbc pipelines the statements of one query string), with generic plans.
     */
    Page page(Connection connection, List<Long> pks) throws SQLException {
        Array keys = connection.createArrayOf("bigint", pks.toArray(Long[]::new));
        try (PreparedStatement ps = GenericPlans.prepare(connection,
                EVSES_WITH_CONNECTORS + ";\n" + LOCATIONS + ";\n" + TARIFFS_OF_LOCATIONS)) {
            for (int i = 1; i <= 3; i++) {
                ps.setArray(i, keys);
            }
            Map<Long, List<Evse>> evses = evses(GenericPlans.execute(ps));
            List<StoredStation> stations = stations(GenericPlans.next(ps), evses, pks);
            return new Page(stations, tariffs(GenericPlans.next(ps)));
        }
    }

    private List<StoredStation> stations(ResultSet rs, Map<Long, List<Evse>> evses, List<Long> pks) throws SQLException {
        Map<Long, StoredStation> byPk = new HashMap<>();
        while (rs.next()) {
            long pk = rs.getLong(1);
            byPk.put(pk, new StoredStation(pk, rs.getString(5), location(rs, evses.getOrDefault(pk, List.of()))));
        }
        List<StoredStation> ordered = new ArrayList<>(byPk.size());
        for (Long pk : pks) {
            StoredStation s = byPk.get(pk);
            if (s != null) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    /** Tariffs of any party with these OCPI ids (callers keep their own party's). */
    List<Tariff> tariffs(Connection connection, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TARIFFS)) {
            ps.setArray(1, connection.createArrayOf("varchar", ids.toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                return tariffs(rs);
            }
        }
    }

    private List<Tariff> tariffs(ResultSet rs) throws SQLException {
        List<Tariff> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new Tariff(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), null, null, null, elements.get(rs.getString(6)), instant(rs, 7), instant(rs, 8),
                    instant(rs, 9)));
        }
        return out;
    }

    /** EVSEs (with their connectors) by location pk, from rows of {@link #EVSES_WITH_CONNECTORS}. */
    private Map<Long, List<Evse>> evses(ResultSet rs) throws SQLException {
        Map<Long, EvseRow> byPk = new LinkedHashMap<>();
        while (rs.next()) {
            long pk = rs.getLong(1);
            EvseRow evse = byPk.get(pk);
            if (evse == null) {
                evse = new EvseRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        strings(rs.getString(6)), new ArrayList<>(), instant(rs, 7));
                byPk.put(pk, evse);
            }
            String connectorId = rs.getString(8);
            if (connectorId != null) {
                evse.connectors().add(new Connector(connectorId, rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getObject(14, Integer.class),
                        strings(rs.getString(15)), instant(rs, 16)));
            }
        }
        Map<Long, List<Evse>> byLocation = new HashMap<>();
        for (EvseRow e : byPk.values()) {
            byLocation.computeIfAbsent(e.locationPk(), k -> new ArrayList<>())
                    .add(new Evse(e.uid(), e.evseId(), e.status(), e.capabilities(), e.connectors(), e.lastUpdated()));
        }
        return byLocation;
    }

    private record EvseRow(long locationPk, String uid, String evseId, String status, List<String> capabilities,
                           List<Connector> connectors, Instant lastUpdated) {
    }

    private Location location(ResultSet rs, List<Evse> evses) throws SQLException {
        return new Location(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                new GeoLocation(rs.getBigDecimal(13).toPlainString(), rs.getBigDecimal(14).toPlainString()), null, evses,
                operators.get(rs.getString(16)), strings(rs.getString(17)), rs.getString(15),
                hours.get(rs.getString(18)), null, instant(rs, 19));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private List<String> strings(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        List<String> list = strings.get(json);
        return list == null ? List.of() : list;
    }

    private static <T> T read(String json, ObjectReader reader) {
        if (json == null) {
            return null;
        }
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column in the station cache", e);
        }
    }
}
