package io.connect.station.domain;

import io.connect.ocpi.model.Connector;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A connector's power in kW: max_electric_power when the CPO sent it, else voltage × amperage (× 3 for three-phase AC). */
public final class ConnectorPower {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ConnectorPower() {
    }

    public static BigDecimal kw(Connector c) {
        BigDecimal watts;
        if (c.maxElectricPower() != null && c.maxElectricPower() > 0) {
            watts = BigDecimal.valueOf(c.maxElectricPower());
        } else if (c.maxVoltage() != null && c.maxAmperage() != null) {
            int phases = "AC_3_PHASE".equals(c.powerType()) ? 3 : 1;
            watts = BigDecimal.valueOf((long) c.maxVoltage() * c.maxAmperage() * phases);
        } else {
            return BigDecimal.ZERO;
        }
        return Numbers.plain(watts.divide(THOUSAND, 1, RoundingMode.HALF_UP));
    }
}
