package io.connect.station.persistence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ParsedOnceTest {

    private final List<String> parsedTexts = new ArrayList<>();
    private final ParsedOnce<List<String>> cache = new ParsedOnce<>(2, json -> {
        parsedTexts.add(json);
        return json.equals("null") ? null : List.of(json);
    });

    @Test
    void equalTextIsParsedOnceAndSharesTheValue() {
        List<String> first = cache.get("[\"RFID_READER\"]");
        assertSame(first, cache.get(new String("[\"RFID_READER\"]")));
        assertEquals(List.of("[\"RFID_READER\"]"), parsedTexts);
    }

    @Test
    void nullsAreNotKept() {
        assertNull(cache.get(null));
        assertNull(cache.get("null"));
        assertNull(cache.get("null"));
        assertEquals(List.of("null", "null"), parsedTexts);
    }

    @Test
    void aFullCacheStartsAgainInsteadOfGrowing() {
        cache.get("a");
        cache.get("b");
        cache.get("c"); // full at two: cleared, then c kept
        cache.get("c");
        cache.get("a");
        assertEquals(List.of("a", "b", "c", "a"), parsedTexts);
    }
}
