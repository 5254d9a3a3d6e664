package io.connect.billing.config;

import io.smallrye.config.ConfigMapping;

/** Kafka topic names ({@code %test} prefixes them with {@code test.}). */
@ConfigMapping(prefix = "connect.topics")
public interface BillingTopics {

    /** Where billing publishes: {@code connect.billing.v1}. */
    String billing();

    /** What billing consumes: {@code connect.charging.sessions.v1}. */
    String chargingSessions();

    /** What billing consumes to settle debts: {@code connect.payments.v1}. */
    String payments();
}
