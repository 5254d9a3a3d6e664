package io.connect.station.domain;

import java.math.BigDecimal;

/** Cariqa's station speed from the highest connector power: slow < 50 kW ≤ fast < 150 kW ≤ turbo. */
public enum SpeedClass {
    SLOW(BigDecimal.ZERO, new BigDecimal("50")),
    FAST(new BigDecimal("50"), new BigDecimal("150")),
    TURBO(new BigDecimal("150"), null);

    /** inclusive lower bound in kW */
    public final BigDecimal minKw;
    /** exclusive upper bound in kW, null for no bound */
    public final BigDecimal maxKw;

    SpeedClass(BigDecimal minKw, BigDecimal maxKw) {
        this.minKw = minKw;
        this.maxKw = maxKw;
    }

    public static SpeedClass of(BigDecimal kw) {
        if (kw == null) {
            return SLOW;
        }
        for (SpeedClass s : values()) {
            if (kw.compareTo(s.minKw) >= 0 && (s.maxKw == null || kw.compareTo(s.maxKw) < 0)) {
                return s;
            }
        }
        return SLOW;
    }

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SpeedClass parse(String apiName) {
        for (SpeedClass s : values()) {
            if (s.apiName().equals(apiName)) {
                return s;
            }
        }
        return null;
    }
}
