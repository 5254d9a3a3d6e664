package io.connect.station.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the cache: geo search in PostGIS, and whole stations (location, EVSEs, connectors) as OCPI objects. */
@ApplicationScoped
public class StationReader {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    private StationRows rows;

    @PostConstruct
    void init() {
        rows = new StationRows(mapper);
    }

    /** Location pks within the radius that pass the filters, nearest first. */
    public List<Long> search(StationSearch s) {
        Map<String, Object> params = new HashMap<>();
        PositionalSql query = PositionalSql.of("SELECT l.pk" + matching(s, params) + " ORDER BY " + DISTANCE, params);
        try (Connection c = dataSource.getConnection(); ResultSet rs = queryWithGenericPlan(c, query)) {
            List<Long> pks = new ArrayList<>();
            while (rs.next()) {
                pks.add(rs.getLong(1));
            }
            return pks;
        } catch (SQLException e) {
            throw new IllegalStateException("station search failed: " + e.getMessage(), e);
        }
    }

    /** One page of a search: the stations in order, their tariffs by {@link #key}, and the number of all matches. */
    public record FoundPage(List<StoredStation> stations, Map<String, Map<String, Tariff>> tariffs, long total) {
    }

    /**
     * One page of the search cut by PostgreSQL, the number of all matches, and the page's stations with their
     * tariffs, for searches whose filters are all in SQL: two round trips on one pooled connection, outside any
     * transaction (each statement batch is its own implicit one; the two may see different commits, as two
     * statements of a read-committed transaction may). The page walks the GiST index nearest first (KNN) and stops
     * after it. The count reads the matches from the grid index of V3 (cell and point of every published location)
     * instead of their heap rows, and tests the distance only in the cells on the circle's edge
     * (docs/benchmarks.md: Paris at 25 km 30 ms → 4 ms). The count runs once, and only when the page has rows.
     */
    public FoundPage aroundPage(StationSearch s, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = matching(s, params);
        String count = counting(s, params);
        params.put("limit", limit);
        params.put("offset", offset);
        PositionalSql page = PositionalSql.of("WITH page AS (SELECT l.pk, " + DISTANCE + " AS distance" + where
                + " ORDER BY distance LIMIT :limit OFFSET :offset)"
                + " SELECT pk, (" + count + ") FROM page ORDER BY distance", params);
        try (Connection c = dataSource.getConnection()) {
            List<Long> pks = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = queryWithGenericPlan(c, page)) {
                while (rs.next()) {
                    pks.add(rs.getLong(1));
                    total = rs.getLong(2);
                }
            }
            if (pks.isEmpty()) {
                return new FoundPage(List.of(), Map.of(), offset == 0 ? 0 : countAll(c, PositionalSql.of(count, params)));
            }
            return found(rows.page(c, pks), total);
        } catch (SQLException e) {
            throw new IllegalStateException("station search failed: " + e.getMessage(), e);
        }
    }

    /** These stations (in this order) with their tariffs by {@link #key}, read in one round trip. */
    public FoundPage stationsWithTariffs(List<Long> pks, long total) {
        if (pks.isEmpty()) {
            return new FoundPage(List.of(), Map.of(), total);
        }
        try (Connection c = dataSource.getConnection()) {
            return found(rows.page(c, pks), total);
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + pks.size() + " stations failed: " + e.getMessage(), e);
        }
    }

    private static FoundPage found(StationRows.Page page, long total) {
        List<Location> locations = page.stations().stream().map(StoredStation::location).toList();
        return new FoundPage(page.stations(), tariffsByLocation(locations, page.tariffs()), total);
    }

    private static long countAll(Connection c, PositionalSql count) throws SQLException {
        try (ResultSet rs = queryWithGenericPlan(c, count)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Runs {@code query} with a generic plan; closing the result set closes its statement. */
    private static ResultSet queryWithGenericPlan(Connection c, PositionalSql query) throws SQLException {
        PreparedStatement ps = GenericPlans.prepare(c, query.sql());
        try {
            query.bind(ps, 1);
            ResultSet rs = GenericPlans.execute(ps);
            ps.closeOnCompletion();
            return rs;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /**
     * Nearest first: great-circle distance on the sphere ({@code <->} on geography), which the GiST index walks in
     * order; the radius test stays on the spheroid. The two differ by under 0.6 %, so only stations at almost equal
     * distances can swap places. Equal distances (stations at the very same point) keep the index's order.
     */
    private static final String POINT = "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography";
    private static final String DISTANCE = "l.geog <-> " + POINT;
    private static final String WITHIN = "ST_DWithin(l.geog, " + POINT + ", :dist)";

    /** {@code FROM location l WHERE ...} of a search, its parameters put into {@code params}. */
    private static String matching(StationSearch s, Map<String, Object> params) {
        params.put("lon", s.longitude());
        params.put("lat", s.latitude());
        params.put("dist", (double) s.distanceMetres());
        return " FROM location l WHERE l.publish AND " + WITHIN + filters(s, params);
    }

    /**
     * {@code SELECT count(*)} of the same matches as {@link #matching} (whose parameters it uses): candidates from
     * the grid rows of {@code location_search_strips}, counted without a distance test in the cells wholly inside
     * the circle.
     */
    private static String counting(StationSearch s, Map<String, Object> params) {
        return """
                SELECT count(*)
                  FROM location_search_strips(:lat, :lon, :dist) g
                  JOIN location l ON l.cell_y = g.cell_y AND l.cell_x BETWEEN g.out_lo AND g.out_hi
                 WHERE l.publish AND (l.cell_x BETWEEN g.in_lo AND g.in_hi OR\s""" + WITHIN + ")" + filters(s, params);
    }

    private static String filters(StationSearch s, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        StationFilterSql.append(s.filter(), sql, params);
        return sql.toString();
    }

    /** The stations of these pks, in the given order. */
    public List<StoredStation> load(List<Long> pks) {
        if (pks.isEmpty()) {
            return List.of();
        }
        return jdbc(connection -> rows.stations(connection, pks));
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
        return jdbc(connection -> rows.tariffs(connection, ids)).stream()
                .filter(t -> t.countryCode().equals(countryCode) && t.partyId().equals(partyId))
                .collect(Collectors.toMap(Tariff::id, t -> t));
    }

    /**
     * Of these tariffs (of any party), the ones each location's connectors reference (as {@link #tariffsFor} gives
     * them), by {@link #key}.
     */
    private static Map<String, Map<String, Tariff>> tariffsByLocation(List<Location> locations, List<Tariff> tariffs) {
        Map<String, Map<String, Tariff>> byParty = new HashMap<>();
        for (Tariff t : tariffs) {
            byParty.computeIfAbsent(t.countryCode() + "*" + t.partyId(), k -> new HashMap<>()).put(t.id(), t);
        }
        Map<String, Map<String, Tariff>> out = new HashMap<>();
        for (Location l : locations) {
            Map<String, Tariff> party = byParty.getOrDefault(l.countryCode() + "*" + l.partyId(), Map.of());
            Map<String, Tariff> own = new HashMap<>();
            referencedTariffIds(l).forEach(id -> {
                if (party.containsKey(id)) {
                    own.put(id, party.get(id));
                }
            });
            out.put(key(l), own);
        }
        return out;
    }

    /** {@code cc*party*id}: OCPI's key of a location. */
    public static String key(Location l) {
        return l.countryCode() + "*" + l.partyId() + "*" + l.id();
    }

    private static List<String> referencedTariffIds(Location location) {
        return location.evsesOrEmpty().stream().flatMap(e -> e.connectorsOrEmpty().stream())
                .flatMap(c -> c.tariffIdsOrEmpty().stream()).distinct().toList();
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

    static Connector toOcpi(ConnectorEntity c) {
        List<String> tariffIds = new ArrayList<>();
        if (c.tariffIds != null) {
            c.tariffIds.forEach(n -> tariffIds.add(n.asText()));
        }
        return new Connector(c.id, c.standard, c.format, c.powerType, c.maxVoltage, c.maxAmperage, c.maxElectricPower,
                tariffIds, c.lastUpdated);
    }

    private interface Reading<T> {
        T read(Connection connection) throws SQLException;
    }

    /**
     * Runs plain JDBC on the session's connection (the request's transaction when there is one), after flushing
     * pending entity changes as Hibernate's own queries would.
     */
    private <T> T jdbc(Reading<T> reading) {
        Session session = em.unwrap(Session.class);
        if (session.isJoinedToTransaction() && session.isDirty()) {
            session.flush();
        }
        return session.doReturningWork(reading::read);
    }
}
