package io.connect.cpo.domain;

import io.connect.ocpi.model.CdrDimension;
import io.connect.ocpi.model.CdrLocation;
import io.connect.ocpi.model.CdrToken;
import io.connect.ocpi.model.ChargingPeriod;
import io.connect.ocpi.model.Price;
import io.connect.ocpi.model.Session;
import io.connect.ocpi.model.SessionStatus;
import io.connect.ocpi.model.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One charging session as the charger sees it. Energy is a function of time: rate × elapsed, capped by the
 * battery; each {@link #advance} closes a charging period. Methods are synchronized because the progress
 * timer and a STOP may touch the same session.
 */
public class SimSession {

    static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    private final String countryCode;
    private final String partyId;
    private final String id;
    private final String evseId;
    private final CdrLocation cdrLocation;
    private final CdrToken cdrToken;
    private final String authorizationReference;
    private final Tariff tariff;
    private final ZoneId zone;
    private final Behaviour behaviour;
    private final BigDecimal capacityKwh;
    private final Instant startedAt;

    private final List<ChargingPeriod> periods = new ArrayList<>();
    private final List<ChargingPeriod> unsent = new ArrayList<>();
    private BigDecimal kwh = BigDecimal.ZERO.setScale(3);
    private Instant periodStart;
    private SessionStatus status = SessionStatus.ACTIVE;
    private Instant endedAt;
    private Price totalCost;
    private Instant lastUpdated;
    private boolean stopRequested;
    private Map<String, Object> heldPatch;

    public SimSession(String countryCode, String partyId, String id, String evseId, CdrLocation cdrLocation,
            CdrToken cdrToken, String authorizationReference, Tariff tariff, ZoneId zone, Behaviour behaviour,
            BigDecimal capacityKwh, Instant startedAt) {
        this.countryCode = countryCode;
        this.partyId = partyId;
        this.id = id;
        this.evseId = evseId;
        this.cdrLocation = cdrLocation;
        this.cdrToken = cdrToken;
        this.authorizationReference = authorizationReference;
        this.tariff = tariff;
        this.zone = zone;
        this.behaviour = behaviour;
        this.capacityKwh = capacityKwh;
        this.startedAt = startedAt;
        this.periodStart = startedAt;
        this.lastUpdated = startedAt;
    }

    /**
     * Closes the charging period up to {@code now} if energy flowed in it (or, when {@code force}, in any case)
     * and returns whether a period was added.
     */
    public synchronized boolean advance(Instant now, boolean force) {
        if (status != SessionStatus.ACTIVE) {
            return false;
        }
        BigDecimal target = energyAt(now);
        BigDecimal delta = target.subtract(kwh);
        if (delta.signum() <= 0 && !(force && periods.isEmpty())) {
            return false;
        }
        Instant chargingUntil = min(now, fullAt());
        long ms = Math.max(0, Duration.between(periodStart, chargingUntil).toMillis());
        BigDecimal hours = BigDecimal.valueOf(ms).divide(MS_PER_HOUR, 6, RoundingMode.HALF_UP);
        ChargingPeriod period = new ChargingPeriod(periodStart,
                List.of(new CdrDimension("ENERGY", delta.max(BigDecimal.ZERO)), new CdrDimension("TIME", hours)),
                tariff == null ? null : tariff.id());
        periods.add(period);
        unsent.add(period);
        kwh = target;
        periodStart = now;
        lastUpdated = now;
        return true;
    }

    /** Ends the session at {@code now}: a last charging period, COMPLETED, the price. */
    public synchronized void complete(Instant now) {
        advance(now, true);
        status = SessionStatus.COMPLETED;
        endedAt = now;
        lastUpdated = now;
        totalCost = TariffCalculator.cost(tariff, zone, startedAt, periods);
    }

    public synchronized List<ChargingPeriod> takeUnsent() {
        List<ChargingPeriod> taken = List.copyOf(unsent);
        unsent.clear();
        return taken;
    }

    /**
     * Out-of-order delivery: the first patch of a pair is held and returned after the second. With
     * {@code patch} null (the session ends), whatever is held is returned.
     * @return the patches to send now, in this order
     */
    public synchronized List<Map<String, Object>> holdOrRelease(Map<String, Object> patch) {
        if (patch == null || heldPatch == null) {
            List<Map<String, Object>> now = heldPatch == null ? List.of() : List.of(heldPatch);
            heldPatch = patch;
            return now;
        }
        List<Map<String, Object>> swapped = List.of(patch, heldPatch);
        heldPatch = null;
        return swapped;
    }

    /** Marks a stop as requested; false when the session is already stopping or over. */
    public synchronized boolean requestStop() {
        if (stopRequested || status != SessionStatus.ACTIVE) {
            return false;
        }
        stopRequested = true;
        return true;
    }

    public synchronized void stopRefused() {
        stopRequested = false;
    }

    public synchronized Session toOcpi() {
        return new Session(countryCode, partyId, id, startedAt, endedAt, kwh, cdrToken, "COMMAND",
                authorizationReference, cdrLocation.id(), cdrLocation.evseUid(), cdrLocation.connectorId(),
                currency(), List.copyOf(periods), totalCost, status, lastUpdated);
    }

    BigDecimal energyAt(Instant now) {
        long ms = Math.max(0, Duration.between(startedAt, now).toMillis());
        BigDecimal energy = behaviour.energyRateKw().multiply(BigDecimal.valueOf(ms))
                .divide(MS_PER_HOUR, 3, RoundingMode.DOWN);
        return energy.min(capacityKwh).setScale(3, RoundingMode.DOWN);
    }

    private Instant fullAt() {
        if (behaviour.energyRateKw().signum() <= 0) {
            return Instant.MAX;
        }
        long ms = capacityKwh.multiply(MS_PER_HOUR).divide(behaviour.energyRateKw(), 0, RoundingMode.UP)
                .longValueExact();
        return startedAt.plusMillis(ms);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public String currency() {
        return tariff == null ? "EUR" : tariff.currency();
    }

    public String id() {
        return id;
    }

    public String countryCode() {
        return countryCode;
    }

    public String partyId() {
        return partyId;
    }

    public String evseId() {
        return evseId;
    }

    public CdrLocation cdrLocation() {
        return cdrLocation;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    public Tariff tariff() {
        return tariff;
    }

    public CdrToken cdrToken() {
        return cdrToken;
    }

    public String authorizationReference() {
        return authorizationReference;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized SessionStatus status() {
        return status;
    }

    public synchronized BigDecimal kwh() {
        return kwh;
    }

    public synchronized Instant endedAt() {
        return endedAt;
    }

    public synchronized Price totalCost() {
        return totalCost;
    }

    public synchronized List<ChargingPeriod> periods() {
        return List.copyOf(periods);
    }

    public synchronized Instant lastUpdated() {
        return lastUpdated;
    }
}
