package io.connect.charging.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.config.Json;
import io.connect.charging.config.Times;
import io.connect.charging.persistence.ChargingSession;
import io.connect.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The public charging events (architecture.md §7), written to the outbox in the caller's transaction and keyed
 * by session id so that a session's events keep their order.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String STARTED = "charging.session.started.v1";
    public static final String PROGRESS = "charging.session.progress.v1";
    public static final String COMPLETED = "charging.session.completed.v1";
    public static final String FAILED = "charging.session.failed.v1";

    @Inject
    OutboxWriter outbox;

    @Inject
    Json json;

    @ConfigProperty(name = "connect.topics.charging-sessions")
    String topic;

    public void started(ChargingSession s) {
        publish(s, STARTED, new Started(id(s), s.userId.toString(), s.partnerId, s.evseId, Times.format(s.startTime),
                s.paymentMethodId, json.tree(s.preAuthorization), json.tree(s.stationInfo), s.isPartner,
                json.tree(s.tariffSnapshot)));
    }

    public void progress(ChargingSession s) {
        publish(s, PROGRESS, new Progress(id(s), s.userId.toString(), energy(s.consumedEnergy), s.duration,
                Times.format(ChargingSession.now())));
    }

    public void completed(ChargingSession s) {
        JsonNode station = json.tree(s.stationInfo);
        String country = station != null && station.hasNonNull("country") ? station.get("country").asText()
                : s.cpoCountryCode;
        publish(s, COMPLETED, new Completed(id(s), s.userId.toString(), s.partnerId, s.evseId,
                Times.format(s.startTime), Times.format(s.endTime), energy(s.consumedEnergy), s.duration,
                s.chargingDuration, s.parkingDuration, s.cdrId, country, s.isPartner, s.paymentMethodId,
                json.tree(s.preAuthorization), json.tree(s.tariffSnapshot)));
    }

    public void failed(ChargingSession s) {
        publish(s, FAILED, new Failed(id(s), s.userId.toString(), s.evseId, s.failureReason,
                json.tree(s.preAuthorization)));
    }

    public static String energy(BigDecimal kwh) {
        return (kwh == null ? BigDecimal.ZERO : kwh).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private void publish(ChargingSession s, String type, Object data) {
        outbox.publish(topic, id(s), type, id(s), data);
    }

    private static String id(ChargingSession s) {
        return s.id.toString();
    }

    public record Started(String sessionId, String userId, String partnerId, String evseId, String startTime,
                          String paymentMethodId, JsonNode preAuthorization, JsonNode stationInfo, boolean isPartner,
                          JsonNode tariffSnapshot) {
    }

    public record Progress(String sessionId, String userId, String consumedEnergy, int duration, String updatedAt) {
    }

    public record Completed(String sessionId, String userId, String partnerId, String evseId, String startTime,
                            String endTime, String consumedEnergy, int duration, Integer chargingDuration,
                            Integer parkingDuration, String cdrId, String country, boolean isPartner,
                            String paymentMethodId, JsonNode preAuthorization, JsonNode tariffSnapshot) {
    }

    public record Failed(String sessionId, String userId, String evseId, String reason, JsonNode preAuthorization) {
    }
}
