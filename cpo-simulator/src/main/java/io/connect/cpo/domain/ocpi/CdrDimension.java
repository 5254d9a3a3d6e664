package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;

/** type is an OCPI CdrDimensionType: ENERGY in kWh, TIME and PARKING_TIME in hours. */
public record CdrDimension(String type, BigDecimal volume) {
}
