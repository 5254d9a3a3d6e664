package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;
import java.util.List;

public record TariffRestrictions(String startTime, String endTime, String startDate, String endDate,
        BigDecimal minKwh, BigDecimal maxKwh, Long minDuration, Long maxDuration, List<String> dayOfWeek) {
}
