package io.connect.charging.it;

import io.connect.testsupport.PartnerFixture;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** A partner's user with a saved card (SetupIntent confirmed at the Stripe emulator, as Stripe.js does). */
final class Driver {

    final ChargingNetwork net;
    final PartnerFixture.Partner partner;
    final String user;
    final String card;

    private Driver(ChargingNetwork net, PartnerFixture.Partner partner, String user, String card) {
        this.net = net;
        this.partner = partner;
        this.user = user;
        this.card = card;
    }

    static Driver withCard(ChargingNetwork net, String partnerPrefix) {
        PartnerFixture.Partner partner = net.fixture.createPartner(partnerPrefix);
        return withCard(net, partner);
    }

    static Driver withCard(ChargingNetwork net, PartnerFixture.Partner partner) {
        String user = net.fixture.createUser(partner, "it-" + UUID.randomUUID() + "@example.org");
        String secret = api(net.payments.service().url(), partner)
                .get("/api/v1/users/{u}/setup-intents/?pm_type=card", user)
                .then().statusCode(200).extract().path("client_secret");
        String seti = secret.substring(0, secret.indexOf("_secret_"));
        net.stripe("pk_test_local").contentType(ContentType.URLENC)
                .formParam("payment_method", "pm_card_visa").formParam("client_secret", secret)
                .post("/v1/setup_intents/{id}/confirm", seti).then().statusCode(200);
        String pm = net.stripe("sk_test_local").get("/v1/setup_intents/{id}", seti)
                .then().statusCode(200).extract().path("payment_method");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api(net.payments.service().url(), partner).get("/api/v1/users/{u}/payment-methods/", user)
                        .jsonPath().getList("results.id").contains(pm));
        return new Driver(net, partner, user, pm);
    }

    static RequestSpecification api(String base, PartnerFixture.Partner partner) {
        return RestAssured.given().baseUri(base).header("Authorization", "Bearer " + partner.apiToken())
                .contentType(ContentType.JSON);
    }

    RequestSpecification onA() {
        return api(net.chargingA.url(), partner);
    }

    RequestSpecification onB() {
        return api(net.chargingB.url(), partner);
    }

    Response start(RequestSpecification replica, String evseId) {
        return replica.body(Map.of("evse_id", evseId, "payment_method_id", card))
                .post("/api/v1/users/{u}/charging/start/", user);
    }

    Response startOnA(String evseId) {
        return start(onA(), evseId);
    }

    Response stop(String sessionId) {
        return onA().post("/api/v1/users/{u}/charging/stop/{s}/", user, sessionId);
    }

    Response session(String sessionId) {
        return onA().get("/api/v1/users/{u}/charging-sessions/{s}/", user, sessionId);
    }

    /** The user's newest session (a refused start answers no id, but its session is listed). */
    String newestSession() {
        return onA().get("/api/v1/users/{u}/charging-sessions/", user).then().statusCode(200)
                .extract().path("results[0].id");
    }
}
