package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.Invoice;
import io.connect.stripeemulator.domain.InvoiceItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The hosted invoice page (hosted_invoice_url). */
final class InvoiceHtmlRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private InvoiceHtmlRenderer() {
    }

    static String render(Invoice invoice, String pdfUrl) {
        StringBuilder rows = new StringBuilder();
        for (InvoiceItem line : invoice.lines) {
            rows.append("<tr><td>").append(escape(line.description == null ? "" : line.description))
                    .append("</td><td class=\"num\">").append(line.quantity)
                    .append("</td><td class=\"num\">").append(MoneyFormat.format(line.amount, line.currency))
                    .append("</td></tr>\n");
        }
        String date = DATE.format(Instant.ofEpochSecond(invoice.finalizedAt == null ? invoice.created
                : invoice.finalizedAt));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Invoice %1$s</title>
                <style>body{font-family:sans-serif;max-width:720px;margin:2em auto;color:#222}
                table{width:100%%;border-collapse:collapse}td,th{padding:.4em;border-bottom:1px solid #ddd;text-align:left}
                .num{text-align:right}.status{display:inline-block;padding:.2em .6em;border-radius:4px;background:#eef}
                </style></head><body>
                <h1>Invoice %1$s</h1>
                <p>%2$s &middot; <span class="status" id="status">%3$s</span></p>
                <p>Billed to: %4$s</p>
                <p>Date: %5$s</p>
                <table><thead><tr><th>Description</th><th class="num">Qty</th><th class="num">Amount</th></tr></thead>
                <tbody>
                %6$s</tbody>
                <tfoot><tr><th colspan="2">Total</th><th class="num" id="total">%7$s</th></tr>
                <tr><td colspan="2">Amount paid</td><td class="num">%8$s</td></tr>
                <tr><td colspan="2">Amount remaining</td><td class="num">%9$s</td></tr></tfoot></table>
                <p><a href="%10$s">Download PDF</a></p>
                </body></html>
                """.formatted(escape(invoice.number == null ? invoice.id : invoice.number),
                escape(invoice.description == null ? "Connect (Stripe emulator)" : invoice.description),
                escape(invoice.status.toUpperCase()),
                escape(invoice.customerName != null ? invoice.customerName
                        : invoice.customerEmail != null ? invoice.customerEmail : invoice.customer),
                date, rows, MoneyFormat.format(invoice.total(), invoice.currency),
                MoneyFormat.format(invoice.amountPaid, invoice.currency),
                MoneyFormat.format(invoice.amountRemaining(), invoice.currency), escape(pdfUrl));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
