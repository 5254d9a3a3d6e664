package io.connect.charging.it;

import io.connect.charging.EventTap;
import io.connect.testsupport.Neighbours;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * billing's reconciliation against charging-service's list of completed sessions, real processes throughout.
 * Completed sessions are written straight into charging's database (the state a lost event leaves behind); the
 * one whose SessionCompleted then reaches billing over Kafka is not reported as missing, the other is
 * ({@code completed_not_received}).
 */
class ReconciliationIT {

    static final String CHARGING_DB = "jdbc:postgresql://127.0.0.1:5432/connect_charging_it";

    static ChargingNetwork net;

    @BeforeAll
    static void network() {
        net = ChargingNetwork.get();
    }

    @Test
    void aSessionBillingNeverReceivedIsReportedAndOneItReceivedIsNot() throws Exception {
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        String user = UUID.randomUUID().toString();
        String received = UUID.randomUUID().toString();
        String lost = UUID.randomUUID().toString();
        completedWithoutEvent(received, user, "partner-r", "DE*X*1", "pm_x");
        completedWithoutEvent(lost, user, "partner-r", "DE*X*2", "pm_x");
        // billing receives the first one's SessionCompleted through Kafka; without a tariff snapshot it cannot bill
        // it and records it as received but unbillable (session_not_invoiced, a different kind)
        EventTap.produce(ChargingNetwork.CHARGING_TOPIC, user, completedEvent(received, user));

        JsonPath[] report = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            report[0] = reconcile(user, from).statusCode(200).extract().jsonPath();
            return kinds(report[0]).containsKey(received);
        });
        assertEquals(Map.of(received, List.of("session_not_invoiced"), lost, List.of("completed_not_received")),
                kinds(report[0]), report[0].prettify());
        assertEquals(true, report[0].getBoolean("charging_checked"));
        assertEquals(2, report[0].getInt("sessions_checked"), report[0].prettify());
        assertEquals(List.of(), report[0].getList("notes"), report[0].prettify());
    }

    @Test
    void chargingServiceListsCompletedSessionsOnlyWithTheInternalTokenAndNamesBadParameters() throws Exception {
        String user = UUID.randomUUID().toString();
        String lost = UUID.randomUUID().toString();
        completedWithoutEvent(lost, user, "partner-x", "DE*X*1", "pm_x");
        String from = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString();
        String until = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString();

        RestAssured.given().baseUri(net.chargingA.url()).queryParam("from", from).queryParam("until", until)
                .get("/internal/v1/completed-sessions").then().statusCode(403);
        internal().queryParam("from", from).queryParam("until", until).queryParam("user_id", user)
                .get("/internal/v1/completed-sessions").then().statusCode(200)
                .body("truncated", equalTo(false))
                .body("sessions", hasSize(1))
                .body("sessions[0].id", equalTo(lost))
                .body("sessions[0].user_id", equalTo(user))
                .body("sessions[0].completed_at", containsString("T"));
        internal().queryParam("until", until).get("/internal/v1/completed-sessions").then().statusCode(400)
                .body("error.details", containsString("from"));
        internal().queryParam("from", until).queryParam("until", from).get("/internal/v1/completed-sessions")
                .then().statusCode(400).body("error.details", containsString("before until"));
        internal().queryParam("from", from).queryParam("until", until).queryParam("user_id", "nobody")
                .get("/internal/v1/completed-sessions").then().statusCode(400)
                .body("error.details", containsString("user_id"));
    }

    private static Map<String, List<String>> kinds(JsonPath report) {
        return report.<Map<String, Object>>getList("mismatches").stream()
                .collect(Collectors.groupingBy(m -> (String) m.get("session_id"),
                        Collectors.mapping(m -> (String) m.get("kind"), Collectors.toList())));
    }

    private static String completedEvent(String session, String user) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/charging-service", "type": "charging.session.completed.v1",
                 "subject": "%s", "time": "%s", "datacontenttype": "application/json", "partitionkey": "%s",
                 "data": {"session_id": "%s", "user_id": "%s"}}""".formatted(UUID.randomUUID(), session,
                OffsetDateTime.now(ZoneOffset.UTC), user, session, user);
    }

    private static io.restassured.specification.RequestSpecification internal() {
        return RestAssured.given().baseUri(net.chargingA.url())
                .header("Authorization", "Bearer " + Neighbours.INTERNAL_TOKEN);
    }

    private static io.restassured.response.ValidatableResponse reconcile(String user, OffsetDateTime from) {
        return RestAssured.given().baseUri(net.billing.url())
                .header("Authorization", "Bearer " + Neighbours.INTERNAL_TOKEN)
                .queryParam("user_id", user)
                .queryParam("from", from.toString())
                .queryParam("until", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString())
                .queryParam("stripe", "false")
                .get("/internal/v1/reconciliation").then();
    }

    /** A session charging-service completed (CDR received a minute ago) whose SessionCompleted went nowhere. */
    private static void completedWithoutEvent(String id, String user, String partner, String evse, String card)
            throws Exception {
        Timestamp now = Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).toInstant());
        Timestamp ended = Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toInstant());
        // as the superuser, as ChargingNetwork creates the databases: its reserved slots outlast a busy server
        try (Connection c = DriverManager.getConnection(CHARGING_DB, "postgres", "");
             PreparedStatement s = c.prepareStatement("INSERT INTO charging_session (id, user_id, partner_id, "
                     + "evse_id, payment_method_id, state, start_time, end_time, consumed_energy, duration, "
                     + "created_at, updated_at) VALUES (?::uuid, ?::uuid, ?, ?, ?, 'COMPLETED', ?, ?, 10.000, 600, "
                     + "?, ?)")) {
            s.setString(1, id);
            s.setString(2, user);
            s.setString(3, partner);
            s.setString(4, evse);
            s.setString(5, card);
            s.setTimestamp(6, Timestamp.from(ended.toInstant().minusSeconds(600)));
            s.setTimestamp(7, ended);
            s.setTimestamp(8, now);
            s.setTimestamp(9, now);
            assertEquals(1, s.executeUpdate());
        }
    }
}
