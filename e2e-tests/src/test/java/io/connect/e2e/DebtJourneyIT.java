package io.connect.e2e;

import io.connect.events.EventTypes;
import io.connect.testsupport.PartnerFixture;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.connect.e2e.PartnerCalls.awaitBilled;
import static io.connect.e2e.PartnerCalls.saveCard;
import static io.connect.e2e.PartnerCalls.session;
import static io.connect.e2e.PartnerCalls.start;
import static io.connect.e2e.PartnerCalls.stop;
import static io.connect.e2e.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A charge that fails after a successful hold, through the gateway of the running stack: the session costs more
 * than the pre-authorisation, the remainder is declined off-session ({@code pm_card_holdThenDecline}), a debt
 * opens and blocks the next start and the removal of the card, the user pays it on session the way a partner's
 * frontend does (Stripe.js confirming the debt's PaymentIntent), and after billing's DebtSettled the user charges
 * again. Own partner and user; the EVSEs used here are not used by the other journeys, and every session started
 * here is stopped and completed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebtJourneyIT {

    /** EVB-DC-50: 0.62 EUR/kWh (0.55 at weekends) + 19 % VAT, so a full battery costs more than the hold. */
    static final String EXPENSIVE_EVSE = "DE*EVB*EWDOMDC*1";
    /** EVB-AC-NIGHT: at most 0.44 EUR/kWh + 0.50 per session + VAT, so even a full battery stays below the hold. */
    static final String CHEAP_EVSE = "DE*EVB*EWHBF01*1";
    /** 10 kWh per second: the bill passes the hold within seconds instead of a minute. */
    static final int FAST_CHARGING_KW = 36_000;
    /** The remainder must reach Stripe's minimum charge, so that the decline, not the minimum, refuses it. */
    static final BigDecimal STRIPE_MINIMUM_CHARGE = new BigDecimal("0.50");
    /** Charging stops this far past the hold: twice the minimum, half of it for the rounding of the shown price. */
    static final BigDecimal CHARGE_PAST_THE_HOLD = STRIPE_MINIMUM_CHARGE.multiply(new BigDecimal(2));
    /** payment-service's consumer group on the billing topic; its offsets show when it learnt of a debt event. */
    static final String PAYMENT_SERVICE_GROUP = "payment-service";
    static final String DEBT_OPENED = "billing.debt.opened.v1";
    static final String DEBT_SETTLED = "billing.debt.settled.v1";

    static final List<String> startedSessions = new ArrayList<>();
    static Instant journeyStarted;
    static PartnerFixture.Partner partner;
    static String userId;
    static BigDecimal hold;
    static String card;
    static String debtSession;
    static String debtAmount;
    static String debtClientSecret;

    @BeforeAll
    static void userAndStations() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        journeyStarted = Instant.now().minusSeconds(1);
        partner = PartnerCalls.newPartner("e2e-debt");
        userId = PartnerCalls.newUser(partner, "debtor");
        // The station cache fills from the CPO simulator after start-up.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                stationOf(EXPENSIVE_EVSE).statusCode() == 200 && stationOf(CHEAP_EVSE).statusCode() == 200);
        hold = new BigDecimal(stationOf(EXPENSIVE_EVSE).jsonPath().getString("price_groups.find { g -> "
                + "g.evse_ids.contains('" + EXPENSIVE_EVSE + "') }.pre_authorization_amount"));
        RestAssured.given().baseUri(Stack.CPO_SIMULATOR).contentType(ContentType.JSON)
                .body(Map.of("energy_rate_kw", FAST_CHARGING_KW))
                .put("/sim/evses/{evse}/behaviour", EXPENSIVE_EVSE)
                .then().statusCode(200);
    }

    @AfterAll
    static void leaveTheEvsesFree() {
        if (partner == null) {
            return;
        }
        for (String s : startedSessions) {
            if (session(partner, userId, s).jsonPath().getBoolean("is_active")) {
                stop(partner, userId, s);
                PartnerCalls.awaitInactive(partner, userId, s);
            }
        }
        RestAssured.given().baseUri(Stack.CPO_SIMULATOR).delete("/sim/evses/{evse}/behaviour", EXPENSIVE_EVSE);
    }

    @Test
    @Order(1)
    void savesACardThatHoldsButDeclinesLaterCharges() {
        card = saveCard(partner, userId, "pm_card_holdThenDecline", 1);
    }

    @Test
    @Order(2)
    void chargesForMoreThanTheHold() {
        debtSession = startedOn(EXPENSIVE_EVSE);
        BigDecimal kwhPrice = new BigDecimal(session(partner, userId, debtSession).jsonPath()
                .getString("user_facing_session_prices.kwh_price"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                consumedEnergy(debtSession).multiply(kwhPrice).compareTo(hold.add(CHARGE_PAST_THE_HOLD)) >= 0);
        stop(partner, userId, debtSession).then().statusCode(204);

        BigDecimal summary = summary(awaitBilled(partner, userId, debtSession));
        assertTrue(summary.compareTo(hold.add(STRIPE_MINIMUM_CHARGE)) >= 0,
                "the bill " + summary + " exceeds the hold " + hold + " by at least " + STRIPE_MINIMUM_CHARGE);
        debtAmount = summary.subtract(hold).toPlainString();
    }

    @Test
    @Order(3)
    void opensADebtForTheDeclinedRemainderListedWithItsClientSecret() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                debts().jsonPath().getInt("count") == 1);
        debtClientSecret = debts().then().statusCode(200)
                .body("next", nullValue())
                .body("results[0].session_id", equalTo(debtSession))
                .body("results[0].amount", equalTo(debtAmount))
                .body("results[0].currency", equalTo("EUR"))
                .body("results[0].payment_intent_client_secret", matchesPattern("pi_.+_secret_.+"))
                .extract().path("results[0].payment_intent_client_secret");
        debts().then().body("results[0].client_secret", equalTo(debtClientSecret));

        EventLog.Event opened = awaitDebtEvent(DEBT_OPENED);
        assertEquals(debtSession, opened.data().path("session_id").asText());
        assertEquals(0, new BigDecimal(debtAmount).compareTo(new BigDecimal(opened.data().path("amount").asText())));
        assertEquals(StripeJs.intentId(debtClientSecret), opened.data().path("payment_intent_id").asText());
    }

    @Test
    @Order(4)
    void refusesTheNextStartWithTheDebtsDetails() {
        start(partner, userId, CHEAP_EVSE, card, null)
                .then().statusCode(402)
                .body("detail", notNullValue())
                .body("error.type", equalTo("payment_error"))
                .body("debt_details.amount", equalTo(debtAmount))
                .body("debt_details.currency", equalTo("EUR"))
                .body("debt_details.sessions", equalTo(List.of(debtSession)));
        assertEquals(1, sessionCount(), "the refused start left no session");
    }

    @Test
    @Order(5)
    void refusesToRemoveTheCardWhileTheDebtIsOpen() {
        // payment-service learns of debts from billing's events: ask only once it has applied this one.
        EventLog.Event opened = awaitDebtEvent(DEBT_OPENED);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                EventLog.consumedBy(PAYMENT_SERVICE_GROUP, opened));

        deleteCard().then().statusCode(402)
                .body("detail", notNullValue())
                .body("error.type", equalTo("payment_error"));
        as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", userId)
                .then().statusCode(200).body("results.id", equalTo(List.of(card)));
    }

    @Test
    @Order(6)
    void settlesTheDebtByPayingItsPaymentIntentOnSessionWithAGoodCard() {
        JsonPath paid = StripeJs.confirmPaymentIntent(debtClientSecret, "pm_card_visa");
        assertEquals("succeeded", paid.getString("status"));
        assertEquals(new BigDecimal(debtAmount).movePointRight(2).intValueExact(), paid.getInt("amount_received"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                debts().jsonPath().getInt("count") == 0);
        debts().then().statusCode(200).body("results", equalTo(List.of()));
        EventLog.Event settled = awaitDebtEvent(DEBT_SETTLED);
        assertEquals(debtSession, settled.data().path("session_id").asText());
        assertEquals(0, new BigDecimal(debtAmount).compareTo(new BigDecimal(settled.data().path("amount").asText())));
    }

    @Test
    @Order(7)
    void startsAgainOnceTheDebtIsSettled() {
        String next = startedOn(CHEAP_EVSE);
        stop(partner, userId, next).then().statusCode(204);

        BigDecimal summary = summary(awaitBilled(partner, userId, next));
        assertTrue(summary.compareTo(hold) <= 0, "the second bill " + summary + " fits in the hold " + hold);
        debts().then().statusCode(200).body("count", equalTo(0));
        assertEquals(1, debtEvents(DEBT_OPENED).size(), "one debt opened in the whole journey");
        assertEquals(1, debtEvents(DEBT_SETTLED).size(), "settled once");
    }

    @Test
    @Order(8)
    void mayRemoveTheCardOnceTheDebtIsSettled() {
        EventLog.Event settled = awaitDebtEvent(DEBT_SETTLED);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                EventLog.consumedBy(PAYMENT_SERVICE_GROUP, settled));

        deleteCard().then().statusCode(204);
        as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", userId)
                .then().statusCode(200).body("count", equalTo(0));
    }

    private static String startedOn(String evse) {
        String id = start(partner, userId, evse, card, null)
                .then().statusCode(201)
                .body("evse_id", equalTo(evse))
                .body("is_active", equalTo(true))
                .extract().path("id");
        startedSessions.add(id);
        return id;
    }

    private static BigDecimal consumedEnergy(String sessionId) {
        return new BigDecimal(session(partner, userId, sessionId).jsonPath().getString("consumed_energy"));
    }

    private static BigDecimal summary(Response billedSession) {
        return new BigDecimal(billedSession.then().statusCode(200)
                .body("session_cost.currency", equalTo("eur"))
                .extract().jsonPath().getString("session_cost.invoice_summary"));
    }

    private static int sessionCount() {
        return as(partner.apiToken()).get("/api/v1/users/{id}/charging-sessions/", userId)
                .then().statusCode(200).extract().jsonPath().getInt("count");
    }

    private static Response debts() {
        return as(partner.apiToken()).get("/api/v1/users/{id}/charging/debts/", userId);
    }

    private static Response deleteCard() {
        return as(partner.apiToken()).delete("/api/v1/users/{id}/payment-methods/{pm}/", userId, card);
    }

    private static Response stationOf(String evse) {
        return as(partner.apiToken()).queryParam("id", evse).queryParam("type", "evse_id")
                .get("/api/v1/stations/details/");
    }

    /** Billing's events of this user of one type (the billing topic is keyed by user id). */
    private static List<EventLog.Event> debtEvents(String type) {
        return EventLog.eventsWithKey(EventTypes.BILLING_TOPIC, userId, journeyStarted).stream()
                .filter(e -> e.type().equals(type)).toList();
    }

    /** The one event of this type; the outbox relay publishes it shortly after billing's commit. */
    private static EventLog.Event awaitDebtEvent(String type) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                !debtEvents(type).isEmpty());
        List<EventLog.Event> events = debtEvents(type);
        assertEquals(1, events.size(), "exactly one " + type + ": " + events);
        return events.get(0);
    }
}
