package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;

/** price excludes VAT; vat is a percentage, absent meaning "no VAT applies". */
public record PriceComponent(TariffDimensionType type, BigDecimal price, BigDecimal vat, int stepSize) {
}
