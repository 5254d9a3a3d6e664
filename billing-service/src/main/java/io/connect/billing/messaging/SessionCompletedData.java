package io.connect.billing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.connect.billing.domain.GrossPrices;
import io.connect.billing.domain.SessionUsage;
import io.connect.billing.domain.TariffSnapshot;

import java.math.BigDecimal;
import java.util.UUID;

/** Data of {@code charging.session.completed.v1} (docs/architecture.md §7), the parts billing reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionCompletedData(UUID sessionId,
                                   String userId,
                                   String partnerId,
                                   String evseId,
                                   BigDecimal consumedEnergy,
                                   Long duration,
                                   Long chargingDuration,
                                   Long parkingDuration,
                                   String cdrId,
                                   Boolean isPartner,
                                   String paymentMethodId,
                                   PreAuthorization preAuthorization,
                                   Snapshot tariffSnapshot,
                                   String startTime,
                                   String timeZone) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PreAuthorization(String paymentIntentId, BigDecimal amount, String currency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Snapshot(String currency, BigDecimal taxPercent, Boolean isPartner, Gross gross, JsonNode tariff,
                           String timeZone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gross(BigDecimal energyPerKwh, BigDecimal timePerHour, BigDecimal parkingPerHour, BigDecimal flat,
                        BigDecimal startingFee, Integer gracePeriodMinutes, BigDecimal blockingCap) {
    }

    /** @throws IllegalArgumentException naming what is missing or wrong */
    public void validate() {
        if (sessionId == null || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("session_id and user_id are required");
        }
        if (tariffSnapshot == null || tariffSnapshot.gross() == null || tariffSnapshot.currency() == null
                || tariffSnapshot.taxPercent() == null) {
            throw new IllegalArgumentException("tariff_snapshot with currency, tax_percent and gross is required");
        }
    }

    public TariffSnapshot snapshot() {
        Gross g = tariffSnapshot.gross();
        GrossPrices prices = new GrossPrices(g.energyPerKwh(), g.timePerHour(), g.parkingPerHour(), g.flat(),
                g.startingFee(), g.gracePeriodMinutes() == null ? 0 : g.gracePeriodMinutes(), g.blockingCap());
        boolean partner = tariffSnapshot.isPartner() != null ? tariffSnapshot.isPartner() : Boolean.TRUE.equals(isPartner);
        JsonNode tariff = tariffSnapshot.tariff();
        return new TariffSnapshot(tariffSnapshot.currency().toLowerCase(java.util.Locale.ROOT),
                tariffSnapshot.taxPercent(), partner, prices,
                tariff == null || tariff.isNull() ? null : tariff.toString());
    }

    /** Charging time is {@code charging_duration}, or the whole duration less parking when the CDR had no split. */
    public SessionUsage usage() {
        long parking = parkingDuration == null ? 0 : parkingDuration;
        long charging = chargingDuration != null ? chargingDuration
                : Math.max(0, (duration == null ? 0 : duration) - parking);
        return new SessionUsage(consumedEnergy == null ? BigDecimal.ZERO : consumedEnergy, charging, parking,
                startInstant(), zone());
    }

    /** Unreadable start or zone must not cost an invoice: the session is then priced flat / in Europe/Berlin. */
    private java.time.Instant startInstant() {
        try {
            return startTime == null ? null : java.time.OffsetDateTime.parse(startTime).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The station's zone for time-window pricing: the snapshot's or the event's {@code time_zone}; neither carries
     * one yet (station-service knows the Location's), so null, which prices in Europe/Berlin.
     */
    private java.time.ZoneId zone() {
        String zone = tariffSnapshot != null && tariffSnapshot.timeZone() != null ? tariffSnapshot.timeZone() : timeZone;
        try {
            return zone == null || zone.isBlank() ? null : java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
