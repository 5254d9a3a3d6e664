package io.connect.charging.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A CPO we exchanged OCPI credentials with (see V10__ocpi_parties.sql for what each token column holds). */
@Entity
@Table(name = "ocpi_party")
public class OcpiParty {

    /** Who started the handshake: we (with the CPO's TOKEN_A) or they (with a TOKEN_A we issued). */
    public enum Initiator { US, THEM }

    public enum Status { PENDING, REGISTERED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false)
    public Initiator initiatedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Which configured CPO this is (station-service's connect.cpos key); null for a CPO that registered with a
     *  TOKEN_A issued without one. */
    @Column(name = "cpo_key")
    public String cpoKey;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "party_id")
    public String partyId;

    @Column(name = "business_name")
    public String businessName;

    @Column(name = "versions_url")
    public String versionsUrl;

    /** The CPO's 2.2.1 VersionDetails as JSON. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String endpoints;

    /** The CPO roles of its Credentials (one per party it runs) as JSON. */
    @Column(name = "cpo_roles", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String cpoRoles;

    @Column(name = "token_out")
    public String tokenOut;

    @Column(name = "token_in_hash")
    public String tokenInHash;

    @Column(name = "token_in_previous_hash")
    public String tokenInPreviousHash;

    @Column(name = "token_a_hash")
    public String tokenAHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @PrePersist
    void created() {
        createdAt = ChargingSession.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = ChargingSession.now();
    }
}
