package io.connect.station.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An OCPI Tariff; {@code ocpi} keeps the whole object as the CPO sent it. */
@Entity
@Table(name = "tariff")
public class TariffEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long pk;

    @Column(name = "country_code")
    public String countryCode;
    @Column(name = "party_id")
    public String partyId;
    public String id;
    @Column(name = "cpo_key")
    public String cpoKey;
    public String currency;
    public String type;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode elements;
    @Column(name = "start_date_time")
    public Instant startDateTime;
    @Column(name = "end_date_time")
    public Instant endDateTime;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode ocpi;
    @Column(name = "last_updated")
    public Instant lastUpdated;
}
