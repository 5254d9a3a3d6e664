package io.connect.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cent rounding and formatting shared by the engine and the wire formats. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code 1 + tax/100}, exact. */
    public static BigDecimal vatFactor(BigDecimal taxPercent) {
        return BigDecimal.ONE.add(taxPercent.divide(HUNDRED));
    }

    /** "5.39"; null stays null. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : cents(amount).toPlainString();
    }
}
