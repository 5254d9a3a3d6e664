package io.connect.stripeemulator;

import static io.connect.stripeemulator.StripeTestClient.customer;
import static io.connect.stripeemulator.StripeTestClient.savedCard;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.param.CustomerPaymentMethodListParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class PaymentFlowsTest {

    @TestHTTPResource("/")
    URL base;

    StripeClient stripe;

    @BeforeEach
    void client() {
        stripe = StripeTestClient.client(base);
    }

    @Test
    void setupIntentConfirmedWithPublishableKeySavesAConcreteCard() throws Exception {
        Customer customer = customer(stripe, "driver@example.com");
        SetupIntent si = StripeTestClient.setupIntent(stripe, customer.getId());
        assertEquals("requires_payment_method", si.getStatus());
        assertTrue(si.getClientSecret().startsWith(si.getId() + "_secret_"));

        String pmId = StripeTestClient.confirmWithPublishableKey(si.getClientSecret(), "pm_card_visa");
        assertTrue(pmId.startsWith("pm_") && !pmId.equals("pm_card_visa"), pmId);
        assertEquals("succeeded", stripe.v1().setupIntents().retrieve(si.getId()).getStatus());

        List<PaymentMethod> listed = stripe.v1().customers().paymentMethods().list(customer.getId(),
                CustomerPaymentMethodListParams.builder().setType(CustomerPaymentMethodListParams.Type.CARD)
                        .setLimit(10L).build()).getData();
        assertEquals(1, listed.size());
        PaymentMethod pm = listed.get(0);
        assertEquals(pmId, pm.getId());
        assertEquals("visa", pm.getCard().getBrand());
        assertEquals("4242", pm.getCard().getLast4());
        assertEquals(4L, pm.getCard().getExpMonth());
        assertEquals(2044L, pm.getCard().getExpYear());
        assertNull(pm.getBillingDetails().getName());
        assertEquals(customer.getId(), pm.getCustomer());

        Customer updated = stripe.v1().customers().update(customer.getId(), CustomerUpdateParams.builder()
                .setInvoiceSettings(CustomerUpdateParams.InvoiceSettings.builder().setDefaultPaymentMethod(pmId)
                        .build()).build());
        assertEquals(pmId, updated.getInvoiceSettings().getDefaultPaymentMethod());

        PaymentMethod detached = stripe.v1().paymentMethods().detach(pmId);
        assertNull(detached.getCustomer());
        assertNull(stripe.v1().customers().retrieve(customer.getId()).getInvoiceSettings()
                .getDefaultPaymentMethod());
        assertTrue(stripe.v1().customers().paymentMethods().list(customer.getId()).getData().isEmpty());
    }

    @Test
    void publishableKeyNeedsTheRightClientSecret() throws Exception {
        Customer customer = customer(stripe, "pk@example.com");
        SetupIntent si = StripeTestClient.setupIntent(stripe, customer.getId());
        given().header("Authorization", "Bearer pk_test_local").formParam("payment_method", "pm_card_visa")
                .formParam("client_secret", si.getId() + "_secret_wrong")
                .post("/v1/setup_intents/" + si.getId() + "/confirm")
                .then().statusCode(400).body("error.type", equalTo("invalid_request_error"))
                .body("error.param", equalTo("client_secret"));
        given().header("Authorization", "Bearer pk_test_local")
                .get("/v1/setup_intents/" + si.getId())
                .then().statusCode(401).body("error.type", equalTo("invalid_request_error"));
    }

    @Test
    void manualCaptureHoldThenPartialCaptureReleasesTheRest() throws Exception {
        Customer customer = customer(stripe, "hold@example.com");
        String pm = savedCard(stripe, customer.getId(), "pm_card_mastercard");
        PaymentIntent hold = stripe.v1().paymentIntents().create(manual(customer.getId(), pm, 3000L));
        assertEquals("requires_capture", hold.getStatus());
        assertEquals(3000L, hold.getAmountCapturable());
        assertEquals("session-1", hold.getMetadata().get("session_id"));

        PaymentIntent captured = stripe.v1().paymentIntents().capture(hold.getId(),
                PaymentIntentCaptureParams.builder().setAmountToCapture(1850L).build());
        assertEquals("succeeded", captured.getStatus());
        assertEquals(1850L, captured.getAmountReceived());
        assertEquals(0L, captured.getAmountCapturable());

        InvalidRequestException again = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().capture(hold.getId()));
        assertEquals("payment_intent_unexpected_state", again.getCode());
        assertEquals(400, again.getStatusCode());
        assertEquals("succeeded", again.getStripeError().getPaymentIntent().getStatus());
    }

    @Test
    void captureCannotExceedTheHoldAndCancelReleasesIt() throws Exception {
        Customer customer = customer(stripe, "cancel@example.com");
        String pm = savedCard(stripe, customer.getId(), "pm_card_visa");
        PaymentIntent hold = stripe.v1().paymentIntents().create(manual(customer.getId(), pm, 2000L));
        InvalidRequestException tooMuch = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().capture(hold.getId(),
                        PaymentIntentCaptureParams.builder().setAmountToCapture(2001L).build()));
        assertEquals("amount_to_capture", tooMuch.getParam());

        PaymentIntent canceled = stripe.v1().paymentIntents().cancel(hold.getId());
        assertEquals("canceled", canceled.getStatus());
        assertEquals(0L, canceled.getAmountCapturable());
        assertNotNull(canceled.getCanceledAt());
        assertThrows(InvalidRequestException.class, () -> stripe.v1().paymentIntents().capture(hold.getId()));
    }

    @Test
    void declinedCardsAnswer402CardErrors() throws Exception {
        Customer customer = customer(stripe, "decline@example.com");
        String generic = savedCard(stripe, customer.getId(), "pm_card_chargeDeclined");
        CardException declined = assertThrows(CardException.class,
                () -> stripe.v1().paymentIntents().create(manual(customer.getId(), generic, 3000L)));
        assertEquals(402, declined.getStatusCode());
        assertEquals("card_declined", declined.getCode());
        assertEquals("generic_decline", declined.getDeclineCode());
        PaymentIntent failed = declined.getStripeError().getPaymentIntent();
        assertEquals("requires_payment_method", failed.getStatus());
        assertEquals("card_declined", failed.getLastPaymentError().getCode());

        String broke = savedCard(stripe, customer.getId(), "pm_card_visa_chargeDeclinedInsufficientFunds");
        CardException poor = assertThrows(CardException.class,
                () -> stripe.v1().paymentIntents().create(manual(customer.getId(), broke, 3000L)));
        assertEquals("insufficient_funds", poor.getDeclineCode());
    }

    @Test
    void authenticationRequiredNeedsTheCustomerToConfirm() throws Exception {
        Customer customer = customer(stripe, "3ds@example.com");
        String pm = savedCard(stripe, customer.getId(), "pm_card_authenticationRequired");
        PaymentIntent pi = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(3000L).setCurrency("eur").setCustomer(customer.getId()).setPaymentMethod(pm)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).setConfirm(true).build());
        assertEquals("requires_action", pi.getStatus());
        assertEquals("use_stripe_sdk", pi.getNextAction().getType());

        given().header("Authorization", "Bearer pk_test_local").formParam("client_secret", pi.getClientSecret())
                .post("/v1/payment_intents/" + pi.getId() + "/confirm")
                .then().statusCode(200).body("status", equalTo("requires_capture"));
        assertEquals(3000L, stripe.v1().paymentIntents().retrieve(pi.getId()).getAmountCapturable());

        CardException offSession = assertThrows(CardException.class, () -> stripe.v1().paymentIntents().create(
                PaymentIntentCreateParams.builder().setAmount(3000L).setCurrency("eur").setCustomer(customer.getId())
                        .setPaymentMethod(pm).setConfirm(true).setOffSession(true).build()));
        assertEquals("authentication_required", offSession.getCode());
        assertNotNull(offSession.getStripeError().getPaymentIntent().getClientSecret());
    }

    @Test
    void holdThenDeclineCardHoldsButDeclinesTheOffSessionRemainder() throws Exception {
        Customer customer = customer(stripe, "debt@example.com");
        String pm = savedCard(stripe, customer.getId(), "pm_card_holdThenDecline");
        PaymentIntent hold = stripe.v1().paymentIntents().create(manual(customer.getId(), pm, 3000L));
        assertEquals("requires_capture", hold.getStatus());
        assertEquals("succeeded", stripe.v1().paymentIntents().capture(hold.getId()).getStatus());

        CardException remainder = assertThrows(CardException.class, () -> stripe.v1().paymentIntents().create(
                PaymentIntentCreateParams.builder().setAmount(1200L).setCurrency("eur").setCustomer(customer.getId())
                        .setPaymentMethod(pm).setConfirm(true).setOffSession(true).build()));
        assertEquals("card_declined", remainder.getCode());
        assertEquals("insufficient_funds", remainder.getDeclineCode());
        PaymentIntent debt = remainder.getStripeError().getPaymentIntent();

        // The customer settles the debt on session (Stripe.js confirmPayment with the client secret).
        given().header("Authorization", "Bearer pk_test_local").formParam("client_secret", debt.getClientSecret())
                .formParam("payment_method", pm)
                .post("/v1/payment_intents/" + debt.getId() + "/confirm")
                .then().statusCode(200).body("status", equalTo("succeeded")).body("amount_received", equalTo(1200));
    }

    @Test
    void aliasUsedDirectlyMintsANewPaymentMethod() throws Exception {
        PaymentIntent pi = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(500L).setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true).build());
        assertEquals("succeeded", pi.getStatus());
        assertEquals(500L, pi.getAmountReceived());
        assertNotEquals("pm_card_visa", pi.getPaymentMethod());
        assertEquals("4242", stripe.v1().paymentMethods().retrieve(pi.getPaymentMethod()).getCard().getLast4());
    }

    private static PaymentIntentCreateParams manual(String customer, String pm, long amount) {
        return PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("eur").setCustomer(customer)
                .setPaymentMethod(pm).setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setConfirm(true).setOffSession(true).putMetadata("session_id", "session-1").build();
    }
}
