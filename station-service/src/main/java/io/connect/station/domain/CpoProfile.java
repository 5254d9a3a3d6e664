package io.connect.station.domain;

import java.math.BigDecimal;

/** What Connect knows about a CPO beyond its OCPI data (from configuration). */
public record CpoProfile(String key, boolean partner, String supportPhone, String logoUrl,
                         BigDecimal preAuthorizationAmount, BigDecimal blockingCap) {
}
