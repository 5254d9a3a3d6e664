package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code POST /internal/v1/pre-authorizations} body; amount is a string with 2 decimals ("30.00"). */
public record PreAuthorizationBody(
        @JsonProperty("session_id") @NotNull UUID sessionId,
        @JsonProperty("user_id") @NotNull UUID userId,
        @JsonProperty("payment_method_id") @NotBlank String paymentMethodId,
        @NotNull @DecimalMin(value = "0.50", message = "must be at least 0.50")
        @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals") BigDecimal amount,
        @NotNull @Pattern(regexp = "[a-z]{3}", message = "must be a lower-case ISO 4217 code such as eur") String currency) {
}
