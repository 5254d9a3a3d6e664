package io.connect.station.api;

import io.connect.platform.errors.ApiException;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads query parameters the way DRF does, answering 400 {@code validation_error} naming the field. */
final class QueryParams {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");

    private final MultivaluedMap<String, String> params;

    QueryParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    String string(String name) {
        String v = params.getFirst(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String required(String name) {
        String v = string(name);
        if (v == null) {
            throw ApiException.validation(name, "This field is required.");
        }
        return v;
    }

    double decimal(String name, double min, double max) {
        String v = required(name);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiException.validation(name, "A valid number is required.");
        }
        if (Double.isNaN(d) || d < min || d > max) {
            throw ApiException.validation(name, "Ensure this value is between " + fmt(min) + " and " + fmt(max) + ".");
        }
        return d;
    }

    Integer integer(String name, Integer defaultValue, int min, int max) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        int i;
        try {
            i = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.validation(name, "A valid integer is required.");
        }
        if (i < min) {
            throw ApiException.validation(name, "Ensure this value is greater than or equal to " + min + ".");
        }
        if (i > max) {
            throw ApiException.validation(name, "Ensure this value is less than or equal to " + max + ".");
        }
        return i;
    }

    boolean bool(String name) {
        String v = string(name);
        if (v == null) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        throw ApiException.validation(name, "Must be a valid boolean.");
    }

    BigDecimal money(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                throw ApiException.validation(name, "Ensure this value is greater than or equal to 0.");
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.validation(name, "A valid number is required.");
        }
    }

    /** Values of {@code name[]} and {@code name}, repeated or comma-separated when {@code splitCommas}. */
    List<String> list(String name, boolean splitCommas) {
        List<String> out = new ArrayList<>();
        for (String key : List.of(name + "[]", name)) {
            List<String> values = params.get(key);
            if (values == null) {
                continue;
            }
            for (String v : values) {
                for (String part : splitCommas ? v.split(",") : new String[]{v}) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
