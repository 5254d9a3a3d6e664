package io.connect.station.persistence;

import io.connect.station.domain.SpeedClass;

import java.math.BigDecimal;
import java.util.List;

/**
 * The station filters shared by /around/ and /tile/. The database applies all but {@code maxPrice}, which needs
 * the tariffs priced at the current time ({@code partnerCpoKeys} null = any CPO).
 */
public record StationFilter(List<String> connectorTypes, boolean onlyAvailable, List<String> partnerCpoKeys,
                            List<String> operators, List<SpeedClass> powerGroups, BigDecimal maxPrice) {
}
