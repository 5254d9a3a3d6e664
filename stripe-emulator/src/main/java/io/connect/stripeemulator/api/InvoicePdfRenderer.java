package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.Invoice;
import io.connect.stripeemulator.domain.InvoiceItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The invoice PDF (invoice_pdf), drawn with PDFBox's standard Helvetica fonts. */
final class InvoicePdfRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final int LINES_PER_PAGE = 38;

    private InvoicePdfRenderer() {
    }

    static byte[] render(Invoice invoice) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            float y = 780;
            text(cs, bold, 20, LEFT, y, "Invoice " + (invoice.number == null ? invoice.id : invoice.number));
            y -= 28;
            text(cs, regular, 11, LEFT, y, "Connect (Stripe emulator) - status: " + invoice.status);
            y -= 16;
            text(cs, regular, 11, LEFT, y, "Billed to: " + (invoice.customerName != null ? invoice.customerName
                    : invoice.customerEmail != null ? invoice.customerEmail : invoice.customer));
            y -= 16;
            long date = invoice.finalizedAt == null ? invoice.created : invoice.finalizedAt;
            text(cs, regular, 11, LEFT, y, "Date: " + DATE.format(Instant.ofEpochSecond(date)));
            y -= 30;
            text(cs, bold, 11, LEFT, y, "Description");
            right(cs, bold, 11, RIGHT, y, "Amount");
            y -= 18;
            int onPage = 0;
            for (InvoiceItem line : invoice.lines) {
                if (++onPage > LINES_PER_PAGE) {
                    cs.close();
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = 780;
                    onPage = 1;
                }
                String description = line.description == null ? "" : line.description;
                text(cs, regular, 11, LEFT, y, description.length() > 70 ? description.substring(0, 67) + "..."
                        : description);
                right(cs, regular, 11, RIGHT, y, MoneyFormat.format(line.amount, line.currency));
                y -= 16;
            }
            y -= 10;
            text(cs, bold, 12, LEFT, y, "Total");
            right(cs, bold, 12, RIGHT, y, MoneyFormat.format(invoice.total(), invoice.currency));
            y -= 16;
            text(cs, regular, 11, LEFT, y, "Amount paid");
            right(cs, regular, 11, RIGHT, y, MoneyFormat.format(invoice.amountPaid, invoice.currency));
            y -= 16;
            text(cs, regular, 11, LEFT, y, "Amount remaining");
            right(cs, regular, 11, RIGHT, y, MoneyFormat.format(invoice.amountRemaining(), invoice.currency));
            cs.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(encodable(font, s));
        cs.endText();
    }

    private static void right(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        String safe = encodable(font, s);
        text(cs, font, size, x - font.getStringWidth(safe) / 1000 * size, y, safe);
    }

    /** Standard fonts cover WinAnsi only: other characters become '?'. */
    private static String encodable(PDType1Font font, String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(Character.isISOControl(cp) ? " " : ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
