package io.connect.stripeemulator.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Typed, validating access to parsed request parameters; names in errors use Stripe's bracket notation. */
public final class Params {
    private final Map<String, Object> values;
    private final String prefix;

    public Params(Map<String, Object> values) {
        this(values, "");
    }

    private Params(Map<String, Object> values, String prefix) {
        this.values = values;
        this.prefix = prefix;
    }

    /** Stripe refuses parameters an endpoint does not know: "Received unknown parameter: x". */
    public Params allowOnly(String... names) {
        Set<String> allowed = new HashSet<>(Arrays.asList(names));
        allowed.add("expand");
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw StripeApiError.invalid("parameter_unknown", name(key), "Received unknown parameter: " + name(key));
            }
        }
        return this;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw StripeApiError.invalid(name(key), "Invalid string: " + name(key) + " must be a string");
        }
        return s;
    }

    /** Empty strings count as absent (Stripe uses them to unset a field). */
    public String text(String key) {
        String s = string(key);
        return s == null || s.isEmpty() ? null : s;
    }

    public String required(String key) {
        String s = text(key);
        if (s == null) {
            throw StripeApiError.missingParam(name(key));
        }
        return s;
    }

    public String oneOf(String key, String defaultValue, String... allowed) {
        String s = text(key);
        if (s == null) {
            return defaultValue;
        }
        if (!Arrays.asList(allowed).contains(s)) {
            throw StripeApiError.invalid(name(key), "Invalid " + name(key) + ": must be one of " + String.join(", ", allowed));
        }
        return s;
    }

    public Long longValue(String key) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw StripeApiError.invalid("parameter_invalid_integer", name(key), "Invalid integer: " + s);
        }
    }

    public Boolean bool(String key) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        if (!s.equals("true") && !s.equals("false")) {
            throw StripeApiError.invalid(name(key), "Invalid boolean: " + s);
        }
        return Boolean.valueOf(s);
    }

    public boolean bool(String key, boolean defaultValue) {
        Boolean b = bool(key);
        return b == null ? defaultValue : b;
    }

    @SuppressWarnings("unchecked")
    public Params nested(String key) {
        Object v = values.get(key);
        if (v == null || "".equals(v)) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw StripeApiError.invalid(name(key), "Invalid object: " + name(key) + " must be a hash");
        }
        return new Params((Map<String, Object>) v, name(key));
    }

    /** Strings of a list parameter; a single value is accepted as a one-element list. */
    public List<String> list(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.isEmpty() ? List.of() : List.of(s);
        }
        if (!(v instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
            throw StripeApiError.invalid(name(key), "Invalid array: " + name(key) + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add((String) i));
        return out;
    }

    public List<String> expand() {
        List<String> e = list("expand");
        return e == null ? List.of() : e;
    }

    /**
     * Applies a metadata update as Stripe does: keys merge, an empty value deletes its key,
     * {@code metadata=} clears everything.
     */
    @SuppressWarnings("unchecked")
    public void applyMetadata(Map<String, String> target) {
        Object v = values.get("metadata");
        if (v == null) {
            return;
        }
        if ("".equals(v)) {
            target.clear();
            return;
        }
        if (!(v instanceof Map)) {
            throw StripeApiError.invalid(name("metadata"), "Invalid object: metadata must be a hash");
        }
        ((Map<String, Object>) v).forEach((k, val) -> {
            if (!(val instanceof String s)) {
                throw StripeApiError.invalid(name("metadata") + "[" + k + "]", "Metadata values must be strings");
            }
            if (s.isEmpty()) {
                target.remove(k);
            } else {
                target.put(k, s);
            }
        });
    }

    /** A canonical rendering used to compare the parameters of idempotent requests. */
    public String canonical() {
        return canonical(values);
    }

    @SuppressWarnings("unchecked")
    private static String canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, String> sorted = new TreeMap<>();
            ((Map<String, Object>) m).forEach((k, val) -> sorted.put(k, canonical(val)));
            return sorted.toString();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(i -> out.add(canonical(i)));
            return out.toString();
        }
        return String.valueOf(v);
    }

    public Map<String, Object> raw() {
        return new LinkedHashMap<>(values);
    }

    private String name(String key) {
        return prefix.isEmpty() ? key : prefix + "[" + key + "]";
    }
}
