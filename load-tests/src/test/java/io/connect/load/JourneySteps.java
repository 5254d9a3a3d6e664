package io.connect.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The seed's journey as Gatling chains: a user, a card saved through a SetupIntent confirmed at Stripe, stations
 * around, start on the virtual user's own EVSE, watch, stop, and wait for the bill. Built to survive a fault
 * run: every call is retried within a bound, the start carries an Idempotency-Key, a start whose answer was lost
 * is found again in the user's session list, and a session once started is always stopped.
 */
final class JourneySteps {

    private static final String AUTH = "Bearer #{token}";
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(500);
    /** Per-iteration state; cleared at the start of each journey. */
    private static final List<String> ITERATION_KEYS = List.of("user", "secret", "seti", "pm", "pmIds", "listed",
            "sid", "startStatus", "startError", "startDone", "active", "energy", "cost", "stopStatus", "stopBody",
            "stopped");

    private final LoadSettings settings;

    JourneySteps(LoadSettings settings) {
        this.settings = settings;
    }

    ChainBuilder journey() {
        return exec(JourneySteps::newIteration)
                .group("journey").on(
                        createUser(),
                        doIf(s -> s.contains("user")).then(saveCard()),
                        doIf(s -> s.contains("listed")).then(stationsAround(), charge()));
    }

    private static Session newIteration(Session s) {
        return s.removeAll(ITERATION_KEYS.toArray(String[]::new))
                .set("userKey", UUID.randomUUID().toString())
                .set("startKey", UUID.randomUUID().toString())
                .markAsSucceeded();
    }

    private ChainBuilder createUser() {
        return retried(http("create user").post("/api/v1/users/")
                .header("Authorization", AUTH)
                .header("Idempotency-Key", "#{userKey}")
                .body(StringBody("{\"email\": \"load-#{userKey}@example.com\", \"locale\": \"en\"}")).asJson()
                .check(status().is(201), jmesPath("id").saveAs("user")));
    }

    /** What Stripe.js does in the partner's frontend, then wait for the webhook to list the card. */
    private ChainBuilder saveCard() {
        return exec(
                retried(http("setup intent").get("/api/v1/users/#{user}/setup-intents/?pm_type=card")
                        .header("Authorization", AUTH)
                        .check(status().is(200), jmesPath("client_secret").saveAs("secret"))),
                doIf(s -> s.contains("secret")).then(
                        exec(s -> s.set("seti", setupIntentOf(s.getString("secret")))),
                        retried(http("confirm at Stripe").post(settings.stripeUrl() + "/v1/setup_intents/#{seti}/confirm")
                                .header("Authorization", "Bearer pk_test_local")
                                .formParam("payment_method", "pm_card_visa")
                                .formParam("client_secret", "#{secret}")
                                .check(status().is(200), jmesPath("payment_method").saveAs("pm")))),
                doIf(s -> s.contains("pm")).then(
                        asLongAs(s -> !s.contains("listed") && counter(s, "cardPoll") < settings.cardPolls(), "cardPoll")
                                .on(doIf(s -> counter(s, "cardPoll") > 0).then(pause(POLL)),
                                        exec(http("payment methods").get("/api/v1/users/#{user}/payment-methods/")
                                                .header("Authorization", AUTH)
                                                .check(status().is(200),
                                                        jmesPath("results[*].id").ofList().optional().saveAs("pmIds"))),
                                        exec(JourneySteps::cardListed))));
    }

    private static Session cardListed(Session s) {
        List<Object> ids = s.contains("pmIds") ? s.getList("pmIds") : List.of();
        return ids.contains(s.getString("pm")) ? s.set("listed", true) : s;
    }

    private ChainBuilder stationsAround() {
        return exec(http("stations around")
                .get("/api/v1/stations/around/?latitude=49.630383&longitude=8.368902&distance=10")
                .header("Authorization", AUTH)
                .check(status().is(200), jmesPath("count").ofInt().gte(1)));
    }

    private ChainBuilder charge() {
        return exec(
                start(),
                doIf(s -> !s.contains("sid")).then(findOpenSession()),
                doIf(s -> s.contains("sid")).then(
                        watch(),
                        group("stop to bill").on(stop(), awaitBill())));
    }

    /**
     * Retries until the CPO answered. A stored refusal (409 EVSE not free yet, 424) is replayed for the same key,
     * so the next try takes a new key; a 5xx or a lost answer is retried with the same key, never starting twice.
     */
    private ChainBuilder start() {
        return asLongAs(s -> !s.contains("sid") && !s.contains("startDone")
                && counter(s, "startTry") < settings.startAttempts(), "startTry").on(
                doIf(s -> counter(s, "startTry") > 0).then(pause(RETRY_PAUSE)),
                exec(s -> s.removeAll("startStatus", "startError")),
                exec(http(s -> counter(s, "startTry") == 0 ? "start" : "start (retry)")
                        .post("/api/v1/users/#{user}/charging/start/")
                        .header("Authorization", AUTH)
                        .header("Idempotency-Key", "#{startKey}")
                        .body(StringBody("{\"evse_id\": \"#{evse}\", \"payment_method_id\": \"#{pm}\"}")).asJson()
                        .check(status().saveAs("startStatus"),
                                status().in(201, 402, 409, 424),
                                jmesPath("id").optional().saveAs("sid"),
                                jmesPath("error.type").optional().saveAs("startError"))),
                exec(JourneySteps::afterStartAttempt));
    }

    private static Session afterStartAttempt(Session s) {
        int status = s.contains("startStatus") ? s.getInt("startStatus") : 0;
        String error = s.contains("startError") ? s.getString("startError") : "";
        boolean busyOrDependencyDown = (status == 409 && "station_availability_issue".equals(error)) || status == 424;
        if (busyOrDependencyDown) {
            return s.set("startKey", UUID.randomUUID().toString());
        }
        if (status == 201 || status == 0 || status >= 500) {
            return s; // started, or retry with the same key
        }
        // 402, 409 already_charging, 409 key still in progress, 4xx: nothing more to try with this request
        return s.set("startDone", true);
    }

    /** A start whose answer was lost (or is still running) shows up as the user's active session. */
    private ChainBuilder findOpenSession() {
        return retried(http("charging sessions").get("/api/v1/users/#{user}/charging-sessions/?page_size=100")
                .header("Authorization", AUTH)
                .check(status().is(200), jmesPath("results[?is_active].id | [0]").optional().saveAs("sid")));
    }

    /** Until energy flows (or the session ended), then let it charge for a while. */
    private ChainBuilder watch() {
        return exec(
                asLongAs(s -> !charging(s) && !"false".equals(s.getString("active"))
                        && counter(s, "watch") < settings.progressPolls(), "watch").on(
                        doIf(s -> counter(s, "watch") > 0).then(pause(POLL)),
                        exec(sessionRequest("session (poll)")
                                .check(jmesPath("is_active").saveAs("active"),
                                        jmesPath("consumed_energy").optional().saveAs("energy")))),
                doIf(s -> "true".equals(s.getString("active"))).then(pause(Duration.ofSeconds(settings.chargeSeconds()))));
    }

    private static boolean charging(Session s) {
        if (!s.contains("energy")) {
            return false;
        }
        try {
            return new BigDecimal(s.getString("energy")).signum() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 204, or 409 already_stopped, ends it; 409 temporary_locked (not started yet), 424 and 5xx are retried. */
    private ChainBuilder stop() {
        return asLongAs(s -> !s.contains("stopped") && counter(s, "stopTry") < settings.stopAttempts(), "stopTry").on(
                doIf(s -> counter(s, "stopTry") > 0).then(pause(RETRY_PAUSE)),
                exec(s -> s.removeAll("stopStatus", "stopBody")),
                exec(http(s -> counter(s, "stopTry") == 0 ? "stop" : "stop (retry)")
                        .post("/api/v1/users/#{user}/charging/stop/#{sid}/")
                        .header("Authorization", AUTH)
                        .check(status().saveAs("stopStatus"), status().in(204, 409, 424),
                                bodyString().saveAs("stopBody"))),
                exec(JourneySteps::afterStopAttempt));
    }

    private static Session afterStopAttempt(Session s) {
        int status = s.contains("stopStatus") ? s.getInt("stopStatus") : 0;
        String body = s.contains("stopBody") ? s.getString("stopBody") : "";
        return status == 204 || (status == 409 && body.contains("already_stopped")) ? s.set("stopped", true) : s;
    }

    /** Until the CDR completed the session and the invoice put session_cost on it. */
    private ChainBuilder awaitBill() {
        return asLongAs(s -> !billed(s) && counter(s, "bill") < settings.billPolls(), "bill").on(
                pause(POLL),
                exec(sessionRequest("session (await bill)")
                        .check(jmesPath("is_active").saveAs("active"),
                                jmesPath("session_cost.invoice_summary").optional().saveAs("cost"))));
    }

    private static boolean billed(Session s) {
        return "false".equals(s.getString("active")) && s.contains("cost");
    }

    private static HttpRequestActionBuilder sessionRequest(String name) {
        return http(name).get("/api/v1/users/#{user}/charging-sessions/#{sid}/")
                .header("Authorization", AUTH)
                .check(status().is(200));
    }

    /** A request retried (with a pause) until its checks pass, a bounded number of times. */
    private ChainBuilder retried(HttpRequestActionBuilder request) {
        return tryMax(settings.retries(), "try").on(
                doIf(s -> counter(s, "try") > 0).then(pause(RETRY_PAUSE)),
                exec(request));
    }

    private static int counter(Session s, String name) {
        return s.contains(name) ? s.getInt(name) : 0;
    }

    private static String setupIntentOf(String clientSecret) {
        int cut = clientSecret.indexOf("_secret_");
        return cut < 0 ? clientSecret : clientSecret.substring(0, cut);
    }
}
