package io.connect.charging;

import io.connect.charging.domain.SessionState;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.connect.charging.persistence.OcpiCommand;
import io.connect.charging.persistence.OcpiCommandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Puts sessions straight into the database (the full start needs four neighbours: the e2e test covers it). */
@ApplicationScoped
public class SessionSeeder {

    public static final String STATION_INFO = """
            {"station_name": "EVA Charge", "station_address": "Ludwigstraße, 9, 67547, Worms", "country": "DE",
             "station_speed": "slow", "connector_standard": "IEC_62196_T2", "connector_power": 22,
             "support_phone": "+4971134214480", "latitude": "49.630383", "longitude": "8.368902"}""";
    public static final String PRICES = """
            {"kwh_price": "0.54", "time_price": null, "session_fee": null, "blocking_fee": "0.08",
             "starting_fee": null, "grace_period_minutes": 0, "blocking_cap": null, "currency": "eur"}""";
    public static final String TARIFF = """
            {"currency": "eur", "tax_percent": "19", "is_partner": true, "pre_authorization_amount": "30.00",
             "gross": {"energy_per_kwh": "0.4530", "time_per_hour": null, "parking_per_hour": "4.02", "flat": null,
                       "starting_fee": null, "grace_period_minutes": 0, "blocking_cap": null},
             "user_facing_session_prices": %s}""".formatted(PRICES);

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    OcpiCommandRepository commands;

    @Transactional
    public UUID seed(String userId, String partnerId, SessionState state, OffsetDateTime createdAt,
                     String cpoSessionId) {
        ChargingSession s = new ChargingSession();
        s.id = UUID.randomUUID();
        s.userId = UUID.fromString(userId);
        s.partnerId = partnerId;
        s.evseId = "DE*CIQ*EELDF6XWZU41P*2";
        s.evseUid = "EELDF6XWZU41P-2";
        s.locationId = "b475f4c35249ae698157660941050322";
        s.connectorId = "1";
        s.cpoCountryCode = "DE";
        s.cpoPartyId = "CIQ";
        s.paymentMethodId = "pm_card_visa";
        s.state = state;
        s.cpoSessionId = cpoSessionId;
        s.stationInfo = STATION_INFO;
        s.isPartner = true;
        s.logoUrl = "https://example.org/logo.png";
        s.userFacingSessionPrices = PRICES;
        s.tariffSnapshot = TARIFF;
        s.preAuthorization = "{\"payment_intent_id\": \"pi_123\", \"amount\": \"30.00\", \"currency\": \"eur\"}";
        s.createdAt = createdAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (state != SessionState.STARTING) {
            s.startTime = createdAt.plusNanos(754_610_000L - createdAt.getNano()).truncatedTo(
                    java.time.temporal.ChronoUnit.MICROS);
        }
        if (state == SessionState.COMPLETED) {
            s.endTime = s.startTime.plusSeconds(10);
            s.duration = 10;
            s.consumedEnergy = new BigDecimal("10.000");
        }
        sessions.persist(s);
        return s.id;
    }

    @Transactional
    public UUID command(UUID sessionId, String type) {
        OcpiCommand c = new OcpiCommand();
        c.uid = UUID.randomUUID();
        c.sessionId = sessionId;
        c.type = type;
        c.createdAt = ChargingSession.now();
        commands.persist(c);
        return c.uid;
    }

    @Transactional
    public ChargingSession load(UUID id) {
        return sessions.findById(id);
    }

    @Transactional
    public void setState(UUID id, SessionState state) {
        sessions.findById(id).state = state;
    }
}
