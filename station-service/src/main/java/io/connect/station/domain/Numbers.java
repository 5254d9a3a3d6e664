package io.connect.station.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal formatting shared by the price builders. */
public final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Numbers() {
    }

    /** 22.0 → 22, 19.00 → 19, 3.70 → 3.7; never an exponent (so JSON shows 20, not 2E+1). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** At least {@code minScale} decimals, more if the CPO sent more (full precision). */
    public static String atLeast(BigDecimal value, int minScale) {
        if (value == null) {
            return null;
        }
        return (value.scale() < minScale ? value.setScale(minScale, RoundingMode.UNNECESSARY) : value).toPlainString();
    }

    public static String scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** The price a user pays (VAT included), per minute for hourly dimensions, rounded half-up to the cent. */
    public static String userFacing(BigDecimal grossExclVat, BigDecimal taxPercent, Dimension dimension) {
        if (grossExclVat == null) {
            return null;
        }
        BigDecimal withVat = grossExclVat.multiply(BigDecimal.ONE.add(taxPercent.divide(HUNDRED, 10, RoundingMode.HALF_UP)));
        if (dimension != null && dimension.perHour()) {
            withVat = withVat.divide(SIXTY, 12, RoundingMode.HALF_UP);
        }
        return withVat.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** How the CPO's own price (excl. VAT) is shown: 4 decimals per kWh, 2 per hour or per session. */
    public static String gross(BigDecimal price, Dimension dimension) {
        return scaled(price, dimension == Dimension.ENERGY ? 4 : 2);
    }
}
