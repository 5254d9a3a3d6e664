package io.connect.station.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import io.connect.station.domain.Stations;
import io.connect.station.messaging.EvseStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pull path's writer: applies a page of locations with a handful of set-based statements (unnest arrays)
 * instead of several queries per EVSE, in the caller's transaction. Same rules as {@link StationWriter}: at every
 * level an object older than the stored one is ignored, an EVSE id moves to the EVSE that sent it last, a location's
 * last_updated is the latest of it and its EVSEs, and a changed EVSE status emits an event.
 */
@ApplicationScoped
public class LocationBatchWriter {

    private static final Logger LOG = Logger.getLogger(LocationBatchWriter.class);

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    EvseStatusEvents events;

    /** Upserts the locations (with their EVSEs and connectors) pulled from CPO {@code cpoKey}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(String cpoKey, List<Location> locations) {
        try (Connection c = dataSource.getConnection()) {
            for (List<Location> chunk : chunksWithUniqueKeys(locations)) {
                write(new BatchSql(c), cpoKey, chunk);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + locations.size() + " locations failed: " + e.getMessage(), e);
        }
    }

    private void write(BatchSql sql, String cpoKey, List<Location> locations) throws SQLException {
        Map<String, StoredRows.LocationRow> storedLocations = StoredRows.locations(sql, locations);
        List<Long> storedPks = storedLocations.values().stream().map(StoredRows.LocationRow::pk).toList();
        Map<Long, Map<String, StoredRows.EvseRow>> storedEvses = StoredRows.evses(sql, storedPks);
        Map<Long, Map<String, StoredRows.ConnectorRow>> storedConnectors = StoredRows.connectors(sql, storedPks);

        Map<String, Long> locationPks = writeLocations(sql, cpoKey, locations, storedLocations, storedEvses);
        freeEvseIds(sql, locations, locationPks, storedEvses);
        Map<String, Long> evsePks = writeEvses(sql, locations, locationPks, storedEvses, storedConnectors);
        writeConnectors(sql, locations, locationPks, evsePks, storedConnectors);
    }

    private Map<String, Long> writeLocations(BatchSql sql, String cpoKey, List<Location> locations,
            Map<String, StoredRows.LocationRow> stored, Map<Long, Map<String, StoredRows.EvseRow>> storedEvses)
            throws SQLException {
        BatchSql.Columns inserts = new BatchSql.Columns(LOCATION_COLUMNS.length);
        BatchSql.Columns updates = new BatchSql.Columns(LOCATION_COLUMNS.length + 1);
        BatchSql.Columns bumps = new BatchSql.Columns(2);
        Map<String, Long> pks = new HashMap<>();
        for (Location l : locations) {
            StoredRows.LocationRow row = stored.get(key(l));
            Instant latest = latestChange(l, row == null ? null : storedEvses.get(row.pk()));
            if (row == null) {
                inserts.add(locationValues(l, cpoKey, latest));
            } else {
                pks.put(key(l), row.pk());
                if (!row.lastUpdated().isAfter(l.lastUpdated())) {
                    List<String> values = new ArrayList<>();
                    values.add(String.valueOf(row.pk()));
                    values.addAll(locationValues(l, cpoKey, max(latest, row.lastUpdated())));
                    updates.add(values);
                } else if (latest.isAfter(row.lastUpdated())) {
                    bumps.add(List.of(String.valueOf(row.pk()), latest.toString()));
                }
            }
        }
        if (!inserts.isEmpty()) {
            sql.insertReturning("location", LOCATION_COLUMNS, LOCATION_TYPES, inserts,
                    "pk, country_code || '*' || party_id || '*' || id", (pk, key) -> pks.put(key, pk));
        }
        if (!updates.isEmpty()) {
            List<String> columns = new ArrayList<>(List.of(LOCATION_COLUMNS));
            columns.remove("cpo_key"); // a location keeps the CPO that first sent it
            sql.update("location", LOCATION_COLUMNS, LOCATION_TYPES, columns, updates);
        }
        if (!bumps.isEmpty()) {
            sql.update("location", new String[] {"last_updated"}, new String[] {"timestamptz"},
                    List.of("last_updated"), bumps);
        }
        return pks;
    }

    /** An EVSE id belongs to the EVSE that sent it last: others (here or elsewhere) lose it. */
    private void freeEvseIds(BatchSql sql, List<Location> locations, Map<String, Long> locationPks,
            Map<Long, Map<String, StoredRows.EvseRow>> storedEvses) throws SQLException {
        BatchSql.Columns claims = new BatchSql.Columns(3);
        for (Location l : locations) {
            Long pk = locationPks.get(key(l));
            for (Evse e : l.evsesOrEmpty()) {
                if (e.evseId() != null && !isStale(e, storedEvses.get(pk))) {
                    claims.add(List.of(e.evseId(), String.valueOf(pk), e.uid()));
                }
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        sql.query("""
                UPDATE evse e SET evse_id = NULL
                FROM unnest(?::text[], ?::text[], ?::text[]) AS x(evse_id, location_pk, uid)
                WHERE e.evse_id = x.evse_id AND NOT (e.location_pk = x.location_pk::bigint AND e.uid = x.uid)
                RETURNING e.uid, x.evse_id""", claims.arrays(),
                rs -> LOG.warnf("EVSE id %s moved from EVSE %s to another EVSE", rs.getString(2), rs.getString(1)));
    }

    private Map<String, Long> writeEvses(BatchSql sql, List<Location> locations, Map<String, Long> locationPks,
            Map<Long, Map<String, StoredRows.EvseRow>> storedEvses, Map<Long, Map<String, StoredRows.ConnectorRow>> storedConnectors)
            throws SQLException {
        BatchSql.Columns inserts = new BatchSql.Columns(EVSE_COLUMNS.length);
        BatchSql.Columns updates = new BatchSql.Columns(EVSE_COLUMNS.length + 1);
        BatchSql.Columns powers = new BatchSql.Columns(2);
        Map<String, Long> pks = new HashMap<>();
        Map<String, String> lastHolderOfEvseId = lastHolders(locations, locationPks, storedEvses);
        for (Location l : locations) {
            Long locationPk = locationPks.get(key(l));
            Map<String, StoredRows.EvseRow> stored = storedEvses.getOrDefault(locationPk, Map.of());
            List<Evse> evses = l.evsesOrEmpty();
            for (int i = 0; i < evses.size(); i++) {
                Evse e = evses.get(i);
                StoredRows.EvseRow row = stored.get(e.uid());
                String power = maxPower(e, row == null ? Map.of() : storedConnectors.getOrDefault(row.pk(), Map.of()));
                String evseId = e.evseId() != null && (locationPk + "*" + e.uid()).equals(lastHolderOfEvseId.get(e.evseId()))
                        ? e.evseId() : null;
                List<String> values = java.util.Arrays.asList(String.valueOf(locationPk), e.uid(), evseId, String.valueOf(i),
                        e.status(), json(e.capabilities() == null ? List.of() : e.capabilities()), power,
                        e.lastUpdated().toString());
                if (row == null) {
                    inserts.add(values);
                } else if (row.lastUpdated().isAfter(e.lastUpdated())) {
                    pks.put(locationPk + "*" + e.uid(), row.pk());
                    powers.add(java.util.Arrays.asList(String.valueOf(row.pk()), power));
                } else {
                    pks.put(locationPk + "*" + e.uid(), row.pk());
                    List<String> withPk = new ArrayList<>();
                    withPk.add(String.valueOf(row.pk()));
                    withPk.addAll(values);
                    updates.add(withPk);
                    if (!row.status().equals(e.status())) {
                        events.statusChanged(l.id(), e.publicId(), e.status(), row.status(), e.lastUpdated());
                    }
                }
            }
        }
        if (!inserts.isEmpty()) {
            sql.insertReturning("evse", EVSE_COLUMNS, EVSE_TYPES, inserts, "pk, location_pk || '*' || uid",
                    (pk, key) -> pks.put(key, pk));
        }
        if (!updates.isEmpty()) {
            sql.update("evse", EVSE_COLUMNS, EVSE_TYPES, List.of(EVSE_COLUMNS), updates);
        }
        if (!powers.isEmpty()) {
            sql.update("evse", new String[] {"max_power_kw"}, new String[] {"numeric"}, List.of("max_power_kw"), powers);
        }
        return pks;
    }

    private void writeConnectors(BatchSql sql, List<Location> locations, Map<String, Long> locationPks,
            Map<String, Long> evsePks, Map<Long, Map<String, StoredRows.ConnectorRow>> storedConnectors) throws SQLException {
        BatchSql.Columns inserts = new BatchSql.Columns(CONNECTOR_COLUMNS.length);
        BatchSql.Columns updates = new BatchSql.Columns(CONNECTOR_COLUMNS.length + 1);
        for (Location l : locations) {
            Long locationPk = locationPks.get(key(l));
            for (Evse e : l.evsesOrEmpty()) {
                Long evsePk = evsePks.get(locationPk + "*" + e.uid());
                Map<String, StoredRows.ConnectorRow> stored = storedConnectors.getOrDefault(evsePk, Map.of());
                List<Connector> connectors = e.connectorsOrEmpty();
                for (int i = 0; i < connectors.size(); i++) {
                    Connector c = connectors.get(i);
                    StoredRows.ConnectorRow row = stored.get(c.id());
                    List<String> values = java.util.Arrays.asList(String.valueOf(evsePk), c.id(), String.valueOf(i),
                            c.standard(), c.format(), c.powerType(), String.valueOf(c.maxVoltage()),
                            String.valueOf(c.maxAmperage()), c.maxElectricPower() == null ? null
                                    : String.valueOf(c.maxElectricPower()), json(c.tariffIdsOrEmpty()),
                            c.lastUpdated().toString());
                    if (row == null) {
                        inserts.add(values);
                    } else if (!row.connector().lastUpdated().isAfter(c.lastUpdated())) {
                        List<String> withPk = new ArrayList<>();
                        withPk.add(String.valueOf(row.pk()));
                        withPk.addAll(values);
                        updates.add(withPk);
                    }
                }
            }
        }
        if (!inserts.isEmpty()) {
            sql.insert("connector", CONNECTOR_COLUMNS, CONNECTOR_TYPES, inserts);
        }
        if (!updates.isEmpty()) {
            sql.update("connector", CONNECTOR_COLUMNS, CONNECTOR_TYPES, List.of(CONNECTOR_COLUMNS), updates);
        }
    }

    /** For each EVSE id sent in this chunk, the (location pk * uid) of the last non-stale EVSE that sent it. */
    private static Map<String, String> lastHolders(List<Location> locations, Map<String, Long> locationPks,
            Map<Long, Map<String, StoredRows.EvseRow>> storedEvses) {
        Map<String, String> holders = new HashMap<>();
        for (Location l : locations) {
            Long pk = locationPks.get(key(l));
            for (Evse e : l.evsesOrEmpty()) {
                if (e.evseId() != null && !isStale(e, storedEvses.get(pk))) {
                    holders.put(e.evseId(), pk + "*" + e.uid());
                }
            }
        }
        return holders;
    }

    /** The location's last_updated as stored after this write: its own, or a newer one of an EVSE applied now. */
    private static Instant latestChange(Location l, Map<String, StoredRows.EvseRow> storedEvses) {
        Instant latest = l.lastUpdated();
        for (Evse e : l.evsesOrEmpty()) {
            if (!isStale(e, storedEvses)) {
                latest = max(latest, e.lastUpdated());
            }
        }
        return latest;
    }

    private static boolean isStale(Evse e, Map<String, StoredRows.EvseRow> stored) {
        StoredRows.EvseRow row = stored == null ? null : stored.get(e.uid());
        return row != null && row.lastUpdated().isAfter(e.lastUpdated());
    }

    /** The EVSE's power after this write: its stored connectors, replaced by the ones sent when not older. */
    private static String maxPower(Evse e, Map<String, StoredRows.ConnectorRow> stored) {
        Map<String, Connector> after = new LinkedHashMap<>();
        stored.forEach((id, row) -> after.put(id, row.connector()));
        for (Connector c : e.connectorsOrEmpty()) {
            Connector old = after.get(c.id());
            if (old == null || !old.lastUpdated().isAfter(c.lastUpdated())) {
                after.put(c.id(), c);
            }
        }
        var kw = Stations.maxPowerKw(e.withConnectors(List.copyOf(after.values())));
        return kw == null ? null : kw.toPlainString();
    }

    private List<String> locationValues(Location l, String cpoKey, Instant lastUpdated) {
        return java.util.Arrays.asList(l.countryCode(), l.partyId(), l.id(), cpoKey,
                String.valueOf(l.publish() == null || l.publish()), l.name(), l.address(), l.city(), l.postalCode(),
                l.state(), l.country(), l.coordinates().latitude().trim(), l.coordinates().longitude().trim(),
                l.timeZone(), Stations.operatorName(l), l.operator() == null ? null : json(l.operator()),
                json(l.facilities() == null ? List.of() : l.facilities()),
                l.openingTimes() == null ? null : json(l.openingTimes()), lastUpdated.toString());
    }

    /** Splits a page so that no chunk holds the same location twice (a CPO may repeat one across an offset shift). */
    private static List<List<Location>> chunksWithUniqueKeys(List<Location> locations) {
        List<List<Location>> chunks = new ArrayList<>();
        List<Location> current = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Location l : locations) {
            if (!keys.add(key(l))) {
                chunks.add(current);
                current = new ArrayList<>();
                keys.clear();
                keys.add(key(l));
            }
            current.add(l);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    static String key(Location l) {
        return l.countryCode() + "*" + l.partyId() + "*" + l.id();
    }

    private static Instant max(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
        }
    }

    private static final String[] LOCATION_COLUMNS = {"country_code", "party_id", "id", "cpo_key", "publish", "name",
            "address", "city", "postal_code", "state", "country", "latitude", "longitude", "time_zone",
            "operator_name", "operator", "facilities", "opening_times", "last_updated"};
    private static final String[] LOCATION_TYPES = {"text", "text", "text", "text", "boolean", "text", "text", "text",
            "text", "text", "text", "numeric", "numeric", "text", "text", "jsonb", "jsonb", "jsonb", "timestamptz"};
    private static final String[] EVSE_COLUMNS = {"location_pk", "uid", "evse_id", "position", "status",
            "capabilities", "max_power_kw", "last_updated"};
    private static final String[] EVSE_TYPES = {"bigint", "text", "text", "int", "text", "jsonb", "numeric",
            "timestamptz"};
    private static final String[] CONNECTOR_COLUMNS = {"evse_pk", "id", "position", "standard", "format", "power_type",
            "max_voltage", "max_amperage", "max_electric_power", "tariff_ids", "last_updated"};
    private static final String[] CONNECTOR_TYPES = {"bigint", "text", "int", "text", "text", "text", "int", "int",
            "int", "jsonb", "timestamptz"};
}
