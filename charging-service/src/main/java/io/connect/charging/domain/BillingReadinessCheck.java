package io.connect.charging.domain;

import io.connect.charging.client.BillingClient;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;

import java.util.List;

/** Turns billing-service's readiness answer into the partner's 409 billing_data_required. */
public final class BillingReadinessCheck {

    private BillingReadinessCheck() {
    }

    public static void refuseUnready(BillingClient.Readiness readiness, String stationCountry) {
        if (readiness.ready()) {
            return;
        }
        List<String> missing = readiness.missing() == null ? List.of() : readiness.missing();
        String country = readiness.country() != null ? readiness.country()
                : stationCountry == null ? "this country" : stationCountry;
        throw new ApiException(409, "Charging Error", ErrorType.BILLING_DATA_REQUIRED,
                "Billing details required for charging in " + country + ": " + String.join(", ", missing));
    }
}
