package io.connect.charging.persistence;

import io.connect.charging.domain.SessionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One charging session. JSON columns hold JSON text; {@link io.connect.charging.config.Json} reads and writes them. */
@Entity
@Table(name = "charging_session")
public class ChargingSession {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "evse_id", nullable = false)
    public String evseId;

    @Column(name = "evse_uid")
    public String evseUid;

    @Column(name = "location_id")
    public String locationId;

    @Column(name = "connector_id")
    public String connectorId;

    /** The CPO that runs the EVSE (station-service's key); null on sessions from before: the default CPO. */
    @Column(name = "cpo_key")
    public String cpoKey;

    @Column(name = "cpo_country_code")
    public String cpoCountryCode;

    @Column(name = "cpo_party_id")
    public String cpoPartyId;

    @Column(name = "payment_method_id", nullable = false)
    public String paymentMethodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionState state;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "cpo_session_id")
    public String cpoSessionId;

    /** last_updated of the newest CPO update applied: older ones are ignored. */
    @Column(name = "cpo_last_updated")
    public OffsetDateTime cpoLastUpdated;

    @Column(name = "start_time")
    public OffsetDateTime startTime;

    @Column(name = "end_time")
    public OffsetDateTime endTime;

    @Column(name = "consumed_energy", nullable = false, precision = 10, scale = 3)
    public BigDecimal consumedEnergy = BigDecimal.ZERO.setScale(3);

    @Column(nullable = false)
    public int duration;

    @Column(name = "charging_duration")
    public Integer chargingDuration;

    @Column(name = "parking_duration")
    public Integer parkingDuration;

    @Column(name = "station_info", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String stationInfo;

    @Column(name = "is_partner", nullable = false)
    public boolean isPartner;

    @Column(name = "logo_url")
    public String logoUrl;

    @Column(name = "user_facing_session_prices", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String userFacingSessionPrices;

    @Column(name = "tariff_snapshot", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String tariffSnapshot;

    @Column(name = "pre_authorization", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String preAuthorization;

    @Column(name = "session_cost", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String sessionCost;

    @Column(name = "charging_periods", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String chargingPeriods;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String cdr;

    public Integer rates;

    @Column(name = "cdr_id")
    public String cdrId;

    /** The session failed holding a pre-authorisation that payment-service has not confirmed released yet. */
    @Column(name = "release_pending", nullable = false)
    public boolean releasePending;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Moves the state machine; throws when the move is not allowed. */
    public void moveTo(SessionState target) {
        state = state.moveTo(target);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @PrePersist
    void onCreate() {
        createdAt = createdAt == null ? now() : createdAt;
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }
}
