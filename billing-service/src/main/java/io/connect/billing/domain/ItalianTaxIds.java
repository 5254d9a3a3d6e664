package io.connect.billing.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Format checks of Italy's tax identifiers: codice fiscale (people) and Partita IVA (companies). */
public final class ItalianTaxIds {

    /*
     * Surname(3) name(3) year(2) month letter day(2) town(4: letter + 3) check letter. Digits may be replaced by
     * L-V when two people would otherwise share a code (omocodia), so the digit slots accept those letters too.
     */
    private static final String D = "[0-9LMNPQRSTUV]";
    private static final Pattern CODICE_FISCALE = Pattern.compile(
            "[A-Z]{6}" + D + "{2}[ABCDEHLMPRST]" + D + "{2}[A-Z]" + D + "{3}[A-Z]");
    private static final Pattern PARTITA_IVA = Pattern.compile("(IT)?[0-9]{11}");

    private ItalianTaxIds() {
    }

    public static boolean isCodiceFiscale(String value) {
        return value != null && CODICE_FISCALE.matcher(normalise(value)).matches();
    }

    /** 11 digits, optionally prefixed IT, whose last digit is the Luhn-style check digit of the first ten. */
    public static boolean isPartitaIva(String value) {
        if (value == null) {
            return false;
        }
        String v = normalise(value);
        if (!PARTITA_IVA.matcher(v).matches()) {
            return false;
        }
        String digits = v.startsWith("IT") ? v.substring(2) : v;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == digits.charAt(10) - '0';
    }

    private static String normalise(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
