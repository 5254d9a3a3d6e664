package io.connect.station.persistence;

import io.connect.station.api.StationTestResources;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grid count of /stations/around/ (V3: cells wholly inside the circle counted from the index, the edge tested
 * with ST_DWithin) equals the plain count — every published location within the radius on the spheroid — for
 * random circles over dense clusters, locations on cell edges, near the 85th parallel, across the 180th meridian,
 * with unpublished locations and with a filter.
 */
@QuarkusTest
@QuarkusTestResource(StationTestResources.class)
class SearchCountTest {

    /** Cluster centres far from every other test's stations (open sea, the Arctic, across the 180th meridian). */
    private static final double[][] CENTRES = {{40.0, -40.0}, {84.6, 10.0}, {-17.0, 179.97}};

    private static final StationFilter NONE = new StationFilter(List.of(), false, null, List.of(), List.of(), null);

    private static final StationFilter ONLY_AVAILABLE =
            new StationFilter(List.of(), true, null, List.of(), List.of(), null);

    @Inject
    StationReader reader;

    @Inject
    EntityManager em;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void clusters() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM evse WHERE location_pk IN (SELECT pk FROM location WHERE cpo_key = 'grid')")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM location WHERE cpo_key = 'grid'").executeUpdate();
            em.createNativeQuery("SELECT setseed(0.42)").getSingleResult();
            for (double[] c : CENTRES) {
                // 3,000 locations, denser towards the centre (up to ~0.6° away), one in ten unpublished
                insert(c, "(random() - 0.5) * random() * 1.2", "(random() - 0.5) * random() * 1.2", 3000,
                        "random() > 0.1");
                // 400 locations exactly on cell edges (multiples of 1/256°)
                insert(c, "round((random() - 0.5) * 64) / 256.0", "round((random() - 0.5) * 64) / 256.0", 400,
                        "true");
            }
            // an EVSE for every location, one in three AVAILABLE: the filtered count joins them
            em.createNativeQuery("""
                    INSERT INTO evse (location_pk, uid, status, last_updated)
                    SELECT pk, 'e1', CASE WHEN pk % 3 = 0 THEN 'AVAILABLE' ELSE 'CHARGING' END, now()
                      FROM location WHERE cpo_key = 'grid'
                    """).executeUpdate();
        });
    }

    @Test
    void gridCountEqualsThePlainCountForRandomCircles() {
        Random random = new Random(7);
        List<String> mismatches = new ArrayList<>();
        long matched = 0;
        for (int i = 0; i < 240; i++) {
            double[] c = CENTRES[i % CENTRES.length];
            double lat = Math.max(-89.9, Math.min(89.9, c[0] + (random.nextDouble() - 0.5) * 0.6));
            double lon = c[1] + (random.nextDouble() - 0.5) * 0.6;
            lon = lon > 180 ? lon - 360 : lon;
            if (i % 8 == 0) { // a centre on a cell corner
                lat = Math.floor(lat * 256) / 256;
                lon = Math.floor(lon * 256) / 256;
            }
            int distance = new int[]{1, 100, 1000, 5000, 12_345, 25_000, 50_000}[random.nextInt(7)];
            StationFilter filter = i % 5 == 0 ? ONLY_AVAILABLE : NONE;
            StationSearch search = new StationSearch(lat, lon, distance, filter);
            long expected = plainCount(lat, lon, distance, filter.onlyAvailable());
            long counted = reader.aroundPage(search, 0, 10).total();
            matched += expected;
            if (counted != expected) {
                mismatches.add("(%s, %s) %d m%s: grid %d, plain %d".formatted(lat, lon, distance,
                        filter.onlyAvailable() ? " only_available" : "", counted, expected));
            }
        }
        assertEquals(0, mismatches.size(), mismatches.size() + " of 240 circles counted wrong, first: "
                + mismatches.subList(0, Math.min(5, mismatches.size())));
        assertTrue(matched > 50_000, "the circles must hold many locations to prove anything: " + matched);
    }

    @Test
    void aCircleAcrossThe180thMeridianCountsBothSides() {
        long east = plainCount(-17.0, 179.99, 20_000, false);
        long counted = reader.aroundPage(new StationSearch(-17.0, 179.99, 20_000, NONE), 0, 10).total();
        assertEquals(east, counted);
        long west = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM location WHERE cpo_key = 'grid' AND publish AND longitude < 0"
                        + " AND ST_DWithin(geog, ST_SetSRID(ST_MakePoint(179.99, -17.0), 4326)::geography, 20000)")
                .getSingleResult()).longValue());
        assertTrue(west > 0, "the cluster must reach across the meridian");
    }

    private void insert(double[] centre, String dLat, String dLon, int n, String publish) {
        em.createNativeQuery("""
                INSERT INTO location (country_code, party_id, id, cpo_key, publish, address, city, country,
                                      latitude, longitude, time_zone, last_updated)
                SELECT 'XX', 'GRD', :tag || '-' || nextval('location_pk_seq'), 'grid', %s, 'Gridweg', 'Grid', 'XXX',
                       round(LEAST(89.99, :lat + %s)::numeric, 8),
                       round(CASE WHEN :lon + d > 180 THEN :lon + d - 360 ELSE :lon + d END::numeric, 8),
                       'UTC', now()
                  FROM (SELECT %s AS d FROM generate_series(1, :n)) s
                """.formatted(publish, dLat, dLon))
                .setParameter("tag", tag).setParameter("lat", centre[0]).setParameter("lon", centre[1])
                .setParameter("n", n).executeUpdate();
    }

    private long plainCount(double lat, double lon, int distance, boolean onlyAvailable) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM location l WHERE l.publish"
                        + " AND ST_DWithin(l.geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :dist)"
                        + (onlyAvailable ? " AND EXISTS (SELECT 1 FROM evse e WHERE e.location_pk = l.pk"
                        + " AND e.status = 'AVAILABLE')" : ""))
                .setParameter("lat", lat).setParameter("lon", lon).setParameter("dist", (double) distance)
                .getSingleResult()).longValue());
    }
}
