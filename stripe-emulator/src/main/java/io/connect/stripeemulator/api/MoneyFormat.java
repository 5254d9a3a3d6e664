package io.connect.stripeemulator.api;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Amounts in the smallest currency unit, shown as "12.34 EUR". */
final class MoneyFormat {
    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
            "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf");

    private MoneyFormat() {
    }

    static String format(long minorUnits, String currency) {
        int scale = ZERO_DECIMAL.contains(currency) ? 0 : 2;
        return BigDecimal.valueOf(minorUnits, scale).toPlainString() + " " + currency.toUpperCase(Locale.ROOT);
    }
}
