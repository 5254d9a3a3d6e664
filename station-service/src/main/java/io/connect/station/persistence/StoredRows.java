package io.connect.station.persistence;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Location;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the cache already holds for a page of pulled locations, read with one query per table. */
final class StoredRows {

    record LocationRow(long pk, Instant lastUpdated) {
    }

    record EvseRow(long pk, String status, Instant lastUpdated) {
    }

    record ConnectorRow(long pk, Connector connector) {
    }

    private StoredRows() {
    }

    /** By {@code cc*party*id}. */
    static Map<String, LocationRow> locations(BatchSql sql, List<Location> locations) throws SQLException {
        String[] cc = locations.stream().map(Location::countryCode).toArray(String[]::new);
        String[] party = locations.stream().map(Location::partyId).toArray(String[]::new);
        String[] id = locations.stream().map(Location::id).toArray(String[]::new);
        Map<String, LocationRow> out = new HashMap<>();
        sql.query("""
                SELECT l.pk, l.country_code || '*' || l.party_id || '*' || l.id, l.last_updated FROM location l
                JOIN unnest(?::text[], ?::text[], ?::text[]) AS k(cc, party, id)
                  ON l.country_code = k.cc AND l.party_id = k.party AND l.id = k.id""", List.of(cc, party, id),
                rs -> out.put(rs.getString(2), new LocationRow(rs.getLong(1), instant(rs, 3))));
        return out;
    }

    /** By location pk, then EVSE uid. */
    static Map<Long, Map<String, EvseRow>> evses(BatchSql sql, List<Long> locationPks) throws SQLException {
        Map<Long, Map<String, EvseRow>> out = new HashMap<>();
        if (locationPks.isEmpty()) {
            return out;
        }
        sql.query("SELECT pk, location_pk, uid, status, last_updated FROM evse WHERE location_pk = ANY(?::text[]::bigint[])",
                List.<String[]>of(texts(locationPks)), rs -> out.computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                        .put(rs.getString(3), new EvseRow(rs.getLong(1), rs.getString(4), instant(rs, 5))));
        return out;
    }

    /** By EVSE pk, then connector id. */
    static Map<Long, Map<String, ConnectorRow>> connectors(BatchSql sql, List<Long> locationPks) throws SQLException {
        Map<Long, Map<String, ConnectorRow>> out = new HashMap<>();
        if (locationPks.isEmpty()) {
            return out;
        }
        sql.query("""
                SELECT c.pk, c.evse_pk, c.id, c.standard, c.format, c.power_type, c.max_voltage, c.max_amperage,
                       c.max_electric_power, c.last_updated
                FROM connector c JOIN evse e ON e.pk = c.evse_pk WHERE e.location_pk = ANY(?::text[]::bigint[])""",
                List.<String[]>of(texts(locationPks)), rs -> {
                    Integer power = rs.getObject(9) == null ? null : rs.getInt(9);
                    Connector c = new Connector(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getInt(7), rs.getInt(8), power, null, instant(rs, 10));
                    out.computeIfAbsent(rs.getLong(2), k -> new HashMap<>()).put(c.id(), new ConnectorRow(rs.getLong(1), c));
                });
        return out;
    }

    private static String[] texts(List<Long> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
