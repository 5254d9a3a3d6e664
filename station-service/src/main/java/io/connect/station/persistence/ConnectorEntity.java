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

/** An OCPI connector of an EVSE. */
@Entity
@Table(name = "connector")
public class ConnectorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long pk;

    @Column(name = "evse_pk")
    public Long evsePk;
    public String id;
    public int position;
    public String standard;
    public String format;
    @Column(name = "power_type")
    public String powerType;
    @Column(name = "max_voltage")
    public int maxVoltage;
    @Column(name = "max_amperage")
    public int maxAmperage;
    @Column(name = "max_electric_power")
    public Integer maxElectricPower;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tariff_ids")
    public JsonNode tariffIds;
    @Column(name = "last_updated")
    public Instant lastUpdated;
}
