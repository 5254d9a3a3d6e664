package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@code POST /internal/v1/charges} body: the session's final amount and its invoice lines. */
public record ChargeBody(
        @JsonProperty("session_id") @NotNull UUID sessionId,
        @JsonProperty("user_id") @NotNull UUID userId,
        @JsonProperty("invoice_id") String invoiceId,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals") BigDecimal amount,
        @NotNull @Pattern(regexp = "[a-z]{3}", message = "must be a lower-case ISO 4217 code such as eur") String currency,
        String description,
        List<@Valid @NotNull Line> lines) {

    public record Line(
            @NotBlank String description,
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals") BigDecimal amount) {
    }
}
