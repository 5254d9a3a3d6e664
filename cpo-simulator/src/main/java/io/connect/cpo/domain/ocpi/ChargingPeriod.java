package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record ChargingPeriod(Instant startDateTime, List<CdrDimension> dimensions, String tariffId) {

    /** The volume of one dimension type in this period, zero when absent. */
    public BigDecimal volume(String type) {
        return dimensions.stream().filter(d -> d.type().equals(type)).map(CdrDimension::volume).findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
