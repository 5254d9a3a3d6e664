package io.connect.stripeemulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceItem;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceItemCreateParams;
import com.stripe.param.InvoicePayParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class InvoiceTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void invoiceIsFinalizedPaidOutOfBandAndServedAsPageAndPdf() throws Exception {
        StripeClient stripe = StripeTestClient.client(base);
        Customer customer = StripeTestClient.customer(stripe, "invoice@example.com");
        Invoice draft = stripe.v1().invoices().create(InvoiceCreateParams.builder().setCustomer(customer.getId())
                .setCurrency("eur").setCollectionMethod(InvoiceCreateParams.CollectionMethod.CHARGE_AUTOMATICALLY)
                .putMetadata("session_id", "s-42").build());
        assertEquals("draft", draft.getStatus());
        assertNull(draft.getHostedInvoiceUrl());

        InvoiceItem energy = stripe.v1().invoiceItems().create(item(customer, draft, 1530L, "Energy 12.75 kWh"));
        stripe.v1().invoiceItems().create(item(customer, draft, 250L, "Session fee"));
        assertEquals(draft.getId(), energy.getInvoice());

        Invoice open = stripe.v1().invoices().finalizeInvoice(draft.getId());
        assertEquals("open", open.getStatus());
        assertEquals(1780L, open.getTotal());
        assertEquals(1780L, open.getAmountDue());
        assertEquals(2, open.getLines().getData().size());
        assertNotNull(open.getNumber());
        assertTrue(open.getHostedInvoiceUrl().endsWith("/i/" + open.getId()), open.getHostedInvoiceUrl());
        assertTrue(open.getInvoicePdf().endsWith("/invoice/" + open.getId() + "/pdf"), open.getInvoicePdf());

        assertThrows(InvalidRequestException.class,
                () -> stripe.v1().invoiceItems().create(item(customer, open, 100L, "too late")));

        Invoice paid = stripe.v1().invoices().pay(open.getId(),
                InvoicePayParams.builder().setPaidOutOfBand(true).build());
        assertEquals("paid", paid.getStatus());
        assertEquals(1780L, paid.getAmountPaid());
        assertEquals(0L, paid.getAmountRemaining());
        assertNotNull(paid.getStatusTransitions().getPaidAt());

        given().get(URI.create(paid.getHostedInvoiceUrl()).getPath()).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("17.80 EUR"))
                .body(containsString("Energy 12.75 kWh")).body(containsString("PAID"));
        byte[] pdf = given().get(URI.create(paid.getInvoicePdf()).getPath()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 500);
    }

    @Test
    void payingWithTheDefaultCardChargesIt() throws Exception {
        StripeClient stripe = StripeTestClient.client(base);
        Customer customer = StripeTestClient.customer(stripe, "autopay@example.com");
        String pm = StripeTestClient.savedCard(stripe, customer.getId(), "pm_card_visa");
        Invoice draft = stripe.v1().invoices().create(InvoiceCreateParams.builder().setCustomer(customer.getId())
                .setDefaultPaymentMethod(pm).build());
        stripe.v1().invoiceItems().create(item(customer, draft, 990L, "Charging"));
        Invoice paid = stripe.v1().invoices().pay(draft.getId());
        assertEquals("paid", paid.getStatus());
        assertEquals(990L, paid.getAmountPaid());
        given().get("/i/in_unknown").then().statusCode(404);
    }

    private static InvoiceItemCreateParams item(Customer customer, Invoice invoice, long amount, String text) {
        return InvoiceItemCreateParams.builder().setCustomer(customer.getId()).setInvoice(invoice.getId())
                .setAmount(amount).setCurrency("eur").setDescription(text).build();
    }
}
