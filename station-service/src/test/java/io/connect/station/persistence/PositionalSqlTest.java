package io.connect.station.persistence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PositionalSqlTest {

    @Test
    void namesBecomeQuestionMarksInOrderAndARepeatedNameBindsAgain() {
        PositionalSql sql = PositionalSql.of("SELECT ST_MakePoint(:lon, :lat) WHERE d < :dist AND x = :lon",
                Map.of("lon", 2.5, "lat", 48.0, "dist", 1000.0));
        assertEquals("SELECT ST_MakePoint(?, ?) WHERE d < ? AND x = ?", sql.sql());
        assertEquals(List.of(2.5, 48.0, 1000.0, 2.5), sql.values());
    }

    @Test
    void aListBecomesOneQuestionMarkPerElement() {
        PositionalSql sql = PositionalSql.of("c.standard IN (:types) AND l.cpo_key IN (:keys)",
                Map.of("types", List.of("CHADEMO", "IEC_62196_T2"), "keys", List.of("sim")));
        assertEquals("c.standard IN (?, ?) AND l.cpo_key IN (?)", sql.sql());
        assertEquals(List.of("CHADEMO", "IEC_62196_T2", "sim"), sql.values());
    }

    @Test
    void castsAndQuotedLiteralsAreLeftAlone() {
        PositionalSql sql = PositionalSql.of("SELECT :p::geography, 'a:b', e.status = 'AVAILABLE', x::text",
                Map.of("p", "POINT(1 2)"));
        assertEquals("SELECT ?::geography, 'a:b', e.status = 'AVAILABLE', x::text", sql.sql());
        assertEquals(List.of("POINT(1 2)"), sql.values());
    }

    @Test
    void aMissingValueOrAnEmptyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PositionalSql.of("x = :absent", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> PositionalSql.of("x IN (:none)", Map.of("none", List.of())));
    }
}
