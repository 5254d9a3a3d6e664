package io.connect.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The seed's user journey through the gateway, repeated by N virtual users for a duration. Each virtual user owns
 * one free EVSE for the whole run (a user charges once at a time and an EVSE takes one session), so every start
 * can succeed. Bounded: at most max-journeys journeys per user, each with bounded retries and polls, and Gatling
 * stops everything at duration + {@link LoadSettings#GRACE}.
 */
public class ChargingJourneySimulation extends Simulation {

    public ChargingJourneySimulation() {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        StackSetup.Prepared prepared = new StackSetup(settings).prepare();
        System.out.printf("load: %d users for %d s against %s, EVSEs %s; at most %d journeys per user, "
                        + "%d requests in all%n", settings.users(), settings.duration().toSeconds(),
                settings.baseUrl(), prepared.evses(), settings.maxJourneys(), settings.maxRequests());

        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                .acceptHeader("application/json")
                .userAgentHeader("connect-load-test")
                .disableWarmUp();

        ScenarioBuilder journeys = scenario("charging journey")
                .feed(ownEvse(prepared))
                .exec(asLongAsDuring(s -> counter(s) < settings.maxJourneys(), settings.duration(), "journeys")
                        .on(new JourneySteps(settings).journey()));

        setUp(journeys.injectOpen(atOnceUsers(settings.users())))
                .protocols(protocol)
                .maxDuration(settings.duration().plus(LoadSettings.GRACE));
    }

    private static int counter(io.gatling.javaapi.core.Session s) {
        return s.contains("journeys") ? s.getInt("journeys") : 0;
    }

    /** One record per virtual user: its own EVSE and the partner token. */
    private static Iterator<Map<String, Object>> ownEvse(StackSetup.Prepared prepared) {
        List<Map<String, Object>> records = prepared.evses().stream()
                .<Map<String, Object>>map(evse -> Map.of("evse", evse, "token", prepared.partnerToken()))
                .toList();
        return records.iterator();
    }
}
