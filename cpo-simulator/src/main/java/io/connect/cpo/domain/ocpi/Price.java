package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;

public record Price(BigDecimal exclVat, BigDecimal inclVat) {
}
