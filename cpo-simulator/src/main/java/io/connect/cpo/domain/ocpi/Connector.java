package io.connect.cpo.domain.ocpi;

import java.time.Instant;
import java.util.List;

public record Connector(String id, String standard, String format, String powerType, Integer maxVoltage,
        Integer maxAmperage, Integer maxElectricPower, List<String> tariffIds, Instant lastUpdated) {
}
