package io.connect.charging.domain;

import io.connect.charging.client.BillingClient;
import io.connect.platform.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BillingReadinessCheckTest {

    @Test
    void ready_user_passes() {
        assertDoesNotThrow(() -> BillingReadinessCheck.refuseUnready(
                new BillingClient.Readiness(true, List.of(), "IT"), "IT"));
        assertDoesNotThrow(() -> BillingReadinessCheck.refuseUnready(
                new BillingClient.Readiness(true, null, null), "DE"));
    }

    @Test
    void missing_data_is_a_409_billing_data_required_naming_the_fields() {
        ApiException e = assertThrows(ApiException.class, () -> BillingReadinessCheck.refuseUnready(
                new BillingClient.Readiness(false, List.of("tax_id", "city"), "IT"), "IT"));
        assertEquals(409, e.status());
        assertEquals(Map.of("detail", "Charging Error", "error", Map.of("type", "billing_data_required",
                        "details", "Billing details required for charging in IT: tax_id, city")),
                e.body());
    }

    @Test
    void the_rules_country_is_named_even_at_a_foreign_station() {
        // an Italian customer at a German station: billing says the Italian rules applied
        ApiException e = assertThrows(ApiException.class, () -> BillingReadinessCheck.refuseUnready(
                new BillingClient.Readiness(false, List.of("tax_id"), "IT"), "DE"));
        assertEquals("Billing details required for charging in IT: tax_id",
                ((Map<?, ?>) e.body().get("error")).get("details"));
    }
}
