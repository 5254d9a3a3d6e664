package io.connect.billing.messaging;

import io.connect.billing.domain.Money;
import io.connect.billing.persistence.Invoice;

/** {@code session_cost} as the seed shows it (amounts with two decimals, as strings). */
public record SessionCostData(String kwhCost,
                              String timeCost,
                              String sessionFeeCost,
                              String blockingFeeCost,
                              String startingFeeCost,
                              String invoiceView,
                              String invoiceDownload,
                              String invoiceVat,
                              String invoiceSummary,
                              String invoiceCredits,
                              String invoiceDiscount,
                              String currency) {

    public static SessionCostData of(Invoice invoice) {
        return new SessionCostData(Money.format(invoice.kwhCost), Money.format(invoice.timeCost),
                Money.format(invoice.sessionFeeCost), Money.format(invoice.blockingFeeCost),
                Money.format(invoice.startingFeeCost), invoice.hostedInvoiceUrl, invoice.invoicePdf,
                Money.format(invoice.vat), Money.format(invoice.summary), Money.format(invoice.credits),
                Money.format(invoice.discount), invoice.currency);
    }
}
