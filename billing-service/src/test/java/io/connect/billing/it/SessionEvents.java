package io.connect.billing.it;

import java.time.Instant;
import java.util.UUID;

/** Builds charging.session.completed.v1 CloudEvents by hand, as charging-service will publish them. */
final class SessionEvents {

    static final String TOPIC = "test.connect.charging.sessions.v1";

    private SessionEvents() {
    }

    /** The seed's session: 10.000 kWh at 0.4530 + 19 % at a partner station, 10 s, no parking. */
    static String completed(String eventId, String sessionId, String userId, String partnerId, String paymentMethodId,
                            String paymentIntentId, String preAuthAmount, String energy) {
        Instant end = Instant.now();
        Instant start = end.minusSeconds(10);
        return """
                {"specversion": "1.0", "id": "%s", "source": "/connect/charging-service",
                 "type": "charging.session.completed.v1", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json", "partitionkey": "%s",
                 "data": {"session_id": "%s", "user_id": "%s", "partner_id": "%s",
                   "evse_id": "DE*CIQ*EELDF6XWZU41P*2", "start_time": "%s", "end_time": "%s",
                   "consumed_energy": "%s", "duration": 10, "charging_duration": 10, "parking_duration": 0,
                   "cdr_id": "cdr-%s", "country": "DE", "is_partner": true, "payment_method_id": "%s",
                   "pre_authorization": {"payment_intent_id": "%s", "amount": "%s", "currency": "eur"},
                   "tariff_snapshot": {"currency": "eur", "tax_percent": "19", "is_partner": true,
                     "pre_authorization_amount": "%s",
                     "gross": {"energy_per_kwh": "0.4530", "time_per_hour": null, "parking_per_hour": "4.02",
                               "flat": null, "starting_fee": null, "grace_period_minutes": 0, "blocking_cap": null},
                     "user_facing_session_prices": {"kwh_price": "0.54", "time_price": null, "session_fee": null,
                               "blocking_fee": "0.08", "starting_fee": null, "grace_period_minutes": 0,
                               "blocking_cap": null, "currency": "eur"},
                     "tariff": null}}}
                """.formatted(eventId, sessionId, end, sessionId, sessionId, userId, partnerId, start, end, energy,
                sessionId, paymentMethodId, paymentIntentId, preAuthAmount, preAuthAmount);
    }

    static String other(String type, String sessionId, String userId) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/connect/charging-service", "type": "%s",
                 "subject": "%s", "partitionkey": "%s", "datacontenttype": "application/json",
                 "data": {"session_id": "%s", "user_id": "%s", "consumed_energy": "1.000", "duration": 5}}
                """.formatted(UUID.randomUUID(), type, sessionId, sessionId, sessionId, userId);
    }
}
