package io.connect.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are BigDecimal in major units with 2 decimals; Stripe wants integer minor units (cents). */
public final class Money {

    private Money() {
    }

    public static long toCents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    public static BigDecimal fromCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
