package io.connect.charging.it;

import io.connect.testsupport.Neighbours;
import io.connect.testsupport.PartnerFixture;
import io.connect.testsupport.SiblingApp;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Everything a real start touches, each a real process started once per test JVM: user-service, the Stripe
 * emulator and payment-service, station-service (pulling from the simulator), billing-service, the CPO
 * simulator, and charging-service — the jar just packaged — twice, as replicas A and B on one database.
 * Both replicas give the CPO replica A's address as response_url (A's public URL), and the simulator pushes
 * sessions and CDRs to A, so a start waiting on B is always decided by a callback that lands on A.
 * Databases {@code connect_<svc>_it} are created afresh, so nothing here meets other tests' data.
 */
final class ChargingNetwork {

    static final String SEED_LOCATION = "b475f4c35249ae698157660941050322";
    static final Duration A_START_TIMEOUT = Duration.ofSeconds(4);
    static final Duration B_START_TIMEOUT = Duration.ofSeconds(20);
    static final Duration STARTING_TIMEOUT = Duration.ofSeconds(8);
    static final Duration CDR_TIMEOUT = Duration.ofSeconds(10);
    static final String CHARGING_TOPIC = "test.connect.charging.sessions.v1";

    private static ChargingNetwork instance;

    final SiblingApp users;
    final Neighbours.Payments payments;
    final SiblingApp simulator;
    final SiblingApp stations;
    final SiblingApp billing;
    final SiblingApp chargingA;
    final SiblingApp chargingB;
    final PartnerFixture fixture;
    private final Deque<String> freeEvses = new ArrayDeque<>();

    static synchronized ChargingNetwork get() {
        if (instance == null) {
            instance = new ChargingNetwork();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    private ChargingNetwork() {
        for (String db : List.of("connect_station_it", "connect_billing_it", "connect_charging_it")) {
            recreateDatabase(db);
        }
        users = Neighbours.userService();
        payments = Neighbours.payments(users);
        int simPort = SiblingApp.freePort();
        int stationPort = SiblingApp.freePort();
        int aPort = SiblingApp.freePort();
        String a = "http://127.0.0.1:" + aPort;
        String sim = "http://127.0.0.1:" + simPort;
        String station = "http://127.0.0.1:" + stationPort;
        simulator = SiblingApp.start(snapshot("cpo-simulator"), simPort, Map.of(
                "cpo.emsp.sessions-url", a + "/ocpi/emsp/2.2.1/sessions",
                "cpo.emsp.cdrs-url", a + "/ocpi/emsp/2.2.1/cdrs",
                "cpo.emsp.locations-url", station + "/ocpi/emsp/2.2.1/locations",
                "cpo.command-latency", "PT0.3S",
                "cpo.energy-rate-kw", "360",
                "cpo.push.initial-backoff", "PT0.2S"));
        stations = SiblingApp.start(snapshot("station-service"), stationPort, Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_station_it",
                "connect.internal-token", Neighbours.INTERNAL_TOKEN,
                "quarkus.rest-client.user-service.url", users.url(),
                "quarkus.rest-client.charging-service.url", a,
                "connect.cpos.sim.locations-url", sim + "/ocpi/cpo/2.2.1/locations",
                "connect.cpos.sim.tariffs-url", sim + "/ocpi/cpo/2.2.1/tariffs",
                "kafka.bootstrap.servers", Neighbours.KAFKA,
                "connect.topics.evse-status", "test.connect.stations.evse-status.v1"));
        Map<String, String> billingProps = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_billing_it",
                "connect.internal-token", Neighbours.INTERNAL_TOKEN,
                "quarkus.rest-client.user-service.url", users.url(),
                "quarkus.rest-client.payment-service.url", payments.service().url(),
                "kafka.bootstrap.servers", Neighbours.KAFKA,
                "connect.topics.charging-sessions", CHARGING_TOPIC,
                "connect.topics.payments", "test.connect.payments.v1",
                "connect.topics.billing", "test.connect.billing.v1",
                "mp.messaging.incoming.charging-sessions.group.id", "billing-service-charging-it",
                "mp.messaging.incoming.payments.group.id", "billing-service-charging-it"));
        // reconciliation asks replica A for the sessions it completed (ReconciliationIT)
        billingProps.put("quarkus.rest-client.charging-service.url", a);
        billing = SiblingApp.start(snapshot("billing-service"), billingProps);
        String charging = snapshot("charging-service");
        chargingA = SiblingApp.start(charging, aPort, charging(a, sim, station, A_START_TIMEOUT));
        chargingB = SiblingApp.start(charging, charging(a, sim, station, B_START_TIMEOUT));
        fixture = new PartnerFixture(users.url(), Neighbours.ADMIN_TOKEN);
    }

    private Map<String, String> charging(String publicUrl, String sim, String station, Duration startTimeout) {
        Map<String, String> p = new HashMap<>();
        p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_charging_it");
        p.put("connect.internal-token", Neighbours.INTERNAL_TOKEN);
        p.put("quarkus.rest-client.user-service.url", users.url());
        p.put("quarkus.rest-client.payment-service.url", payments.service().url());
        p.put("quarkus.rest-client.station-service.url", station);
        p.put("quarkus.rest-client.billing-service.url", billing.url());
        p.put("connect.ocpi.cpo-url", sim + "/ocpi/cpo/2.2.1");
        p.put("connect.ocpi.public-url", publicUrl);
        p.put("connect.charging.start-timeout", startTimeout.toString());
        p.put("connect.charging.watchdog.interval", "1s");
        p.put("connect.charging.watchdog.starting-timeout", STARTING_TIMEOUT.toString());
        p.put("connect.charging.watchdog.cdr-timeout", CDR_TIMEOUT.toString());
        p.put("kafka.bootstrap.servers", Neighbours.KAFKA);
        p.put("connect.topics.charging-sessions", CHARGING_TOPIC);
        p.put("connect.topics.billing", "test.connect.billing.v1");
        p.put("mp.messaging.incoming.billing-events.group.id", "charging-service-it");
        return p;
    }

    /** A fresh EVSE nobody else uses, known to station-service and AVAILABLE, with default behaviour. */
    synchronized String freshEvse() {
        if (freeEvses.isEmpty()) {
            freeEvses.addAll(copies());
        }
        String evse = freeEvses.pop();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                RestAssured.given().baseUri(stations.url())
                        .header("Authorization", "Bearer " + Neighbours.INTERNAL_TOKEN)
                        .get("/internal/v1/evses/{id}", evse).statusCode() == 200);
        return evse;
    }

    private List<String> copies() {
        return RestAssured.given().baseUri(simulator.url()).contentType(ContentType.JSON)
                .body(Map.of("count", 5))
                .post("/sim/locations/{id}/copies", SEED_LOCATION)
                .then().statusCode(200).extract().jsonPath().getList("evse_ids");
    }

    /** Scripts the simulator's behaviour for one EVSE (see the simulator's README). */
    void script(String evseId, Map<String, Object> behaviour) {
        RestAssured.given().baseUri(simulator.url()).contentType(ContentType.JSON).body(behaviour)
                .put("/sim/evses/{id}/behaviour", evseId).then().statusCode(200);
    }

    RequestSpecification sim() {
        return RestAssured.given().baseUri(simulator.url()).contentType(ContentType.JSON);
    }

    RequestSpecification stripe(String key) {
        return RestAssured.given().baseUri(payments.stripe().url()).header("Authorization", "Bearer " + key);
    }

    /**
     * A private copy of a module's packaged app, so that a rebuild of that module while these tests run (other
     * work in the same tree) cannot pull jars from under the running process. Returns the module path to start.
     */
    private static String snapshot(String module) {
        Path root = SiblingApp.repositoryRoot();
        Path from = root.resolve(module).resolve("target/quarkus-app");
        String copy = "charging-service/target/it-apps/" + module;
        Path to = root.resolve(copy).resolve("target/quarkus-app");
        try {
            if (Files.exists(to)) {
                try (Stream<Path> old = Files.walk(to)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy " + from + " (package " + module + " first)", e);
        }
        return copy;
    }

    private static void recreateDatabase(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " OWNER connect");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        if (name.startsWith("connect_station")) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres",
                    ""); Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot add PostGIS to " + name, e);
            }
        }
    }

    void close() {
        for (AutoCloseable app : new AutoCloseable[]{chargingB, chargingA, billing, stations, simulator, payments,
                users}) {
            try {
                if (app != null) {
                    app.close();
                }
            } catch (Exception ignored) {
                // best effort at JVM exit
            }
        }
    }
}
