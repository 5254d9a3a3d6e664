package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/** OCPI PriceComponent: price excl. VAT per unit (kWh, hour, session); vat in percent (absent: none given).
 * type is a {@link TariffDimensionType} name, kept as sent so receivers can name a bad value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriceComponent(String type, BigDecimal price, BigDecimal vat, Integer stepSize) {

    public boolean is(TariffDimensionType dimension) {
        return dimension.name().equals(type);
    }
}
