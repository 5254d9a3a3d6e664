package io.connect.billing.domain;

import java.math.BigDecimal;

/** The priced session: every amount includes VAT and has two decimals. */
public record SessionCost(BigDecimal kwhCost,
                          BigDecimal timeCost,
                          BigDecimal sessionFeeCost,
                          BigDecimal blockingFeeCost,
                          BigDecimal startingFeeCost,
                          BigDecimal vat,
                          BigDecimal summary,
                          BigDecimal credits,
                          BigDecimal discount,
                          String currency) {
}
