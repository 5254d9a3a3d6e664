package io.connect.cpo.domain.ocpi;

import java.util.List;

public record TariffElement(List<PriceComponent> priceComponents, TariffRestrictions restrictions) {
}
