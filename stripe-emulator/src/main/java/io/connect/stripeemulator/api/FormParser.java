package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.StripeApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses Stripe's form encoding with bracket notation into nested maps and lists:
 * {@code metadata[k]=v} → map, {@code expand[0]=a} and {@code expand[]=a} → list, {@code a=} → "".
 */
public final class FormParser {

    private FormParser() {
    }

    public static Map<String, Object> parse(String encoded) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            insert(root, segments(key), value, key);
        }
        return normalize(root);
    }

    static List<String> segments(String key) {
        List<String> segs = new ArrayList<>();
        int open = key.indexOf('[');
        if (open < 0) {
            segs.add(key);
            return segs;
        }
        segs.add(key.substring(0, open));
        int i = open;
        while (i < key.length()) {
            if (key.charAt(i) != '[') {
                throw StripeApiError.invalid(key, "Invalid parameter name: " + key);
            }
            int close = key.indexOf(']', i);
            if (close < 0) {
                throw StripeApiError.invalid(key, "Invalid parameter name: " + key);
            }
            segs.add(key.substring(i + 1, close));
            i = close + 1;
        }
        if (segs.get(0).isEmpty()) {
            throw StripeApiError.invalid(key, "Invalid parameter name: " + key);
        }
        return segs;
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> root, List<String> segs, String value, String fullKey) {
        Map<String, Object> node = root;
        for (int i = 0; i < segs.size(); i++) {
            String seg = segs.get(i);
            if (seg.isEmpty()) {
                // "name[]" appends: the next free index of this (list-to-be) map
                seg = String.valueOf(node.size());
            }
            if (i == segs.size() - 1) {
                node.put(seg, value);
                return;
            }
            Object child = node.get(seg);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(seg, child);
            }
            node = (Map<String, Object>) child;
        }
    }

    /** Maps whose keys are all indices become lists, ordered by index. */
    @SuppressWarnings("unchecked")
    private static <T> T normalize(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map ? normalize((Map<String, Object>) v) : v));
        if (!out.isEmpty() && out.keySet().stream().allMatch(k -> k.matches("\\d{1,6}"))) {
            TreeMap<Integer, Object> ordered = new TreeMap<>();
            out.forEach((k, v) -> ordered.put(Integer.parseInt(k), v));
            return (T) new ArrayList<>(ordered.values());
        }
        return (T) out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw StripeApiError.invalid(null, "Malformed form encoding: " + s);
        }
    }
}
