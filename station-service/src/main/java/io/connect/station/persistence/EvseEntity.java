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

import java.math.BigDecimal;
import java.time.Instant;

/** An OCPI EVSE of a location. */
@Entity
@Table(name = "evse")
public class EvseEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long pk;

    @Column(name = "location_pk")
    public Long locationPk;
    public String uid;
    @Column(name = "evse_id")
    public String evseId;
    public int position;
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode capabilities;
    @Column(name = "max_power_kw")
    public BigDecimal maxPowerKw;
    @Column(name = "last_updated")
    public Instant lastUpdated;
}
