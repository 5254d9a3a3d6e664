package io.connect.platform.errors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ApiExceptionTest {

    @Test
    void detailOnlyBodyHasNoErrorObject() {
        Map<String, Object> body = ApiException.notFound("User").body();
        assertEquals(Map.of("detail", "User was not found."), body);
        assertEquals(404, ApiException.notFound("User").status());
    }

    @Test
    void validationNamesTheFieldInDetailsAndFields() {
        ApiException e = ApiException.validation("latitude", "must be between -90 and 90");
        assertEquals(400, e.status());
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) e.body().get("error");
        assertEquals("validation_error", error.get("type"));
        assertEquals("latitude: must be between -90 and 90", error.get("details"));
        assertEquals(Map.of("latitude", List.of("must be between -90 and 90")), error.get("fields"));
    }

    @Test
    void extraFieldsGoInsideErrorOrAtTheTop() {
        ApiException e = new ApiException(402, "Charging Error", ErrorType.PAYMENT_ERROR, "open debt")
                .withErrorField("payment_intent_client_secret", "pi_1_secret_2")
                .withBodyField("debt_details", Map.of("amount", "12.30"));
        Map<String, Object> body = e.body();
        assertEquals("Charging Error", body.get("detail"));
        assertEquals(Map.of("amount", "12.30"), body.get("debt_details"));
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) body.get("error");
        assertEquals("pi_1_secret_2", error.get("payment_intent_client_secret"));
        assertFalse(error.containsKey("debt_details"));
    }
}
