package io.connect.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Where the started stack answers, and a request builder that carries a partner's token. */
final class Stack {

    static final String GATEWAY = System.getProperty("connect.gateway", "http://127.0.0.1:8080");
    static final String STRIPE = System.getProperty("connect.stripe", "http://127.0.0.1:12111");
    static final String ADMIN_TOKEN = System.getProperty("connect.admin-token", "local-admin-token");
    /** The CPO simulator's admin API (scripted EVSE behaviour); not behind the gateway. */
    static final String CPO_SIMULATOR = System.getProperty("connect.cpo-simulator", "http://127.0.0.1:8090");
    static final String KAFKA = System.getProperty("connect.kafka", "127.0.0.1:9092");

    private Stack() {
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().baseUri(GATEWAY).header("Authorization", "Bearer " + token);
    }

    static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(GATEWAY);
    }
}
