package io.connect.platform.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Regression for the bad-input sweep: U+0000 in input reached PostgreSQL and came back as a 500. */
class NulCharacterTest {

    record Body(String name, Map<String, String> nested) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    NulCharacterTest() {
        new NulRefusingJackson().customize(mapper);
    }

    @Test
    void jsonStringWithNulIsRefusedAndNamesTheField() {
        NulCharacterException e = assertThrows(NulCharacterException.class,
                () -> mapper.readValue("{\"name\": \"a\\u0000b\"}", Body.class));
        Response r = new ApiExceptionMappers().jsonProblem(e);
        assertEquals(400, r.getStatus());
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) ((Map<String, Object>) r.getEntity()).get("error");
        assertEquals("name: must not contain the NUL character (U+0000)", error.get("details"));
    }

    @Test
    void ordinaryStringsStillRead() throws Exception {
        assertEquals("ünï 💳", mapper.readValue("{\"name\": \"ünï 💳\"}", Body.class).name());
    }

    @Test
    void databaseRefusingNulIsA400NotA500() {
        SQLException sql = new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        Response r = new ApiExceptionMappers().unexpected(new RuntimeException("JDBC exception", sql));
        assertEquals(400, r.getStatus());
        Response other = new ApiExceptionMappers().unexpected(new RuntimeException("boom"));
        assertEquals(500, other.getStatus());
    }
}
