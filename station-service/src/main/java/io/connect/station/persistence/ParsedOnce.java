package io.connect.station.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values of a JSON column parsed once per distinct text and then shared: a network repeats few operators, opening
 * hours, facility, capability and tariff-id lists and tariff elements, and parsing them for every row of every
 * search page was a quarter of station-service's allocations (docs/benchmarks.md). Shared values are never
 * changed by their readers (lists come unmodifiable). Bounded: cleared when it holds {@code maxEntries} texts.
 */
final class ParsedOnce<T> {

    private final int maxEntries;
    private final Function<String, T> parse;
    private final Map<String, T> byText = new ConcurrentHashMap<>();

    ParsedOnce(int maxEntries, Function<String, T> parse) {
        this.maxEntries = maxEntries;
        this.parse = parse;
    }

    /** The parsed value of {@code json}; null for null (or JSON null). */
    T get(String json) {
        if (json == null) {
            return null;
        }
        T cached = byText.get(json);
        if (cached != null) {
            return cached;
        }
        T parsed = parse.apply(json);
        if (parsed == null) {
            return null;
        }
        if (byText.size() >= maxEntries) {
            byText.clear();
        }
        byText.put(json, parsed);
        return parsed;
    }
}
