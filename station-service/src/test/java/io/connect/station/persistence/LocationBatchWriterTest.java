package io.connect.station.persistence;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.GeoLocation;
import io.connect.ocpi.model.Location;
import io.connect.station.api.StationTestResources;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The pull path's set-based writer keeps StationWriter's rules: stale objects ignored, ids move, events emitted. */
@QuarkusTest
@QuarkusTestResource(StationTestResources.class)
class LocationBatchWriterTest {

    private static final Instant T1 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-02T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-03T10:00:00Z");

    @Inject
    LocationBatchWriter writer;

    @Inject
    StationReader reader;

    @Inject
    EntityManager em;

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void insertsThenUpdatesOnlyWhatIsNotOlderAndEmitsStatusEvents() {
        String id = "batch-" + tag;
        write(location(id, T1, evse("1", "AVAILABLE", T1, connector("1", 22000, T1)),
                evse("2", "AVAILABLE", T1, connector("1", 50000, T1), connector("2", 50000, T1))));
        Location stored = load(id);
        assertEquals(List.of("AVAILABLE", "AVAILABLE"), stored.evses().stream().map(Evse::status).toList());
        assertEquals(List.of(1, 2), stored.evses().stream().map(e -> e.connectors().size()).toList());
        assertEquals("50", maxPower(id, "2"));
        assertEquals(0, events(id));

        // EVSE 2 changes (newer), EVSE 1 comes with an older copy: only EVSE 2 moves, the location follows it
        write(location(id, T1, evse("1", "OUTOFORDER", Instant.parse("2026-04-01T00:00:00Z"),
                connector("1", 22000, T1)), evse("2", "CHARGING", T2, connector("1", 150000, T2),
                connector("2", 50000, T1))));
        stored = load(id);
        assertEquals(List.of("AVAILABLE", "CHARGING"), stored.evses().stream().map(Evse::status).toList());
        assertEquals(T2, stored.lastUpdated());
        assertEquals("150", maxPower(id, "2"));
        assertEquals(1, events(id));

        // a whole older location changes nothing
        write(location(id, T1, evse("2", "AVAILABLE", T1, connector("1", 11000, T1))));
        stored = load(id);
        assertEquals("CHARGING", stored.evses().get(1).status());
        assertEquals("150", maxPower(id, "2"));
        assertEquals(1, events(id));
    }

    @Test
    void anEvseIdMovesToTheEvseThatSentItLast() {
        String a = "batch-a-" + tag;
        String b = "batch-b-" + tag;
        write(location(a, T1, evse("1", "AVAILABLE", T1, connector("1", 22000, T1))));
        Evse moved = new Evse(b + "-1", "DE*TST*E" + a.replace("-", "") + "*1", "AVAILABLE", List.of(),
                List.of(connector("1", 22000, T3)), T3);
        write(location(b, T3, moved));
        assertNull(load(a).evses().get(0).evseId());
        assertEquals(moved.evseId(), load(b).evses().get(0).evseId());
        assertEquals(b, reader.byEvseId(moved.evseId()).orElseThrow().location().id());
    }

    @Test
    void aLocationRepeatedInOnePageIsAppliedInOrder() {
        String id = "batch-r-" + tag;
        write(location(id, T1, evse("1", "AVAILABLE", T1, connector("1", 22000, T1))),
                location(id, T2, evse("1", "BLOCKED", T2, connector("1", 22000, T2))));
        assertEquals("BLOCKED", load(id).evses().get(0).status());
        assertEquals(1, events(id));
    }

    private void write(Location... page) {
        QuarkusTransaction.requiringNew().run(() -> writer.upsert("sim", List.of(page)));
    }

    private Location load(String id) {
        return QuarkusTransaction.requiringNew().call(() -> reader.byKey("DE", "TST", id).orElseThrow().location());
    }

    private String maxPower(String locationId, String evseUidSuffix) {
        return QuarkusTransaction.requiringNew().call(() -> ((BigDecimal) em.createNativeQuery(
                "SELECT e.max_power_kw FROM evse e JOIN location l ON l.pk = e.location_pk WHERE l.id = ?1 AND e.uid = ?2")
                .setParameter(1, locationId).setParameter(2, locationId + "-" + evseUidSuffix).getSingleResult())
                .stripTrailingZeros().toPlainString());
    }

    private long events(String locationId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE partition_key = ?1").setParameter(1, locationId)
                .getSingleResult()).longValue());
    }

    private static Location location(String id, Instant updated, Evse... evses) {
        List<Evse> withIds = java.util.Arrays.stream(evses).map(e -> e.evseId() != null ? e
                : new Evse(id + "-" + e.uid(), "DE*TST*E" + id.replace("-", "") + "*" + e.uid(), e.status(),
                e.capabilities(), e.connectors(), e.lastUpdated())).toList();
        return new Location("DE", "TST", id, true, "Batch " + id, "Teststraße 1", "Berlin", "10117", null, "DEU",
                new GeoLocation("52.516800", "13.383400"), null, withIds, null, List.of("CAFE"), "Europe/Berlin", null,
                null, updated);
    }

    private static Evse evse(String n, String status, Instant updated, Connector... connectors) {
        return new Evse(n, null, status, List.of("REMOTE_START_STOP_CAPABLE"), List.of(connectors), updated);
    }

    private static Connector connector(String id, int watts, Instant updated) {
        return new Connector(id, watts > 22000 ? "IEC_62196_T2_COMBO" : "IEC_62196_T2", "CABLE",
                watts > 22000 ? "DC" : "AC_3_PHASE", watts > 22000 ? 920 : 230, 32, watts, List.of("T"), updated);
    }
}
