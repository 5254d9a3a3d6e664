package io.connect.stripeemulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.SetupIntent;
import com.stripe.net.Webhook;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class WebhookTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void signedEventsAreDeliveredAndVerifyWithStripeJava() throws Exception {
        StripeClient stripe = StripeTestClient.client(base);
        String customer = StripeTestClient.customer(stripe, "hooks@example.com").getId();
        SetupIntent si = StripeTestClient.setupIntent(stripe, customer);
        String pm = StripeTestClient.confirmWithPublishableKey(si.getClientSecret(), "pm_card_visa");

        Event succeeded = awaitEvent(e -> e.getType().equals("setup_intent.succeeded")
                && si.getId().equals(((SetupIntent) e.getDataObjectDeserializer().getObject().orElseThrow()).getId()));
        assertEquals("succeeded", ((SetupIntent) succeeded.getDataObjectDeserializer().getObject().get()).getStatus());
        awaitEvent(e -> e.getType().equals("payment_method.attached")
                && e.getDataObjectDeserializer().getObject().orElseThrow() instanceof com.stripe.model.PaymentMethod m
                && m.getId().equals(pm));

        List<Event> listed = stripe.v1().events().list(EventListParams.builder().setType("setup_intent.succeeded")
                .setLimit(100L).build()).getData();
        assertTrue(listed.stream().anyMatch(e -> e.getId().equals(succeeded.getId())));
        assertEquals("setup_intent.succeeded", stripe.v1().events().retrieve(succeeded.getId()).getType());

        WebhookReceiver.Delivery any = WebhookReceiver.DELIVERIES.get(0);
        assertThrowsSignature(any.body(), any.signature(), "whsec_other");
    }

    @Test
    void deliveryIsRetriedAfterAServerError() throws Exception {
        StripeClient stripe = StripeTestClient.client(base);
        PaymentIntent pi = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder().setAmount(700L)
                .setCurrency("eur").setPaymentMethod("pm_card_visa").setConfirm(true)
                .putMetadata("fail_first", "yes").build());
        Predicate<Event> mine = e -> e.getType().equals("payment_intent.succeeded")
                && pi.getId().equals(((PaymentIntent) e.getDataObjectDeserializer().getObject().orElseThrow()).getId());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<WebhookReceiver.Delivery> attempts = List.of();
        while (Instant.now().isBefore(deadline)) {
            attempts = WebhookReceiver.DELIVERIES.stream().filter(d -> mine.test(verified(d))).toList();
            if (attempts.size() >= 2) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(2, attempts.size(), "one failed attempt, one retry");
        assertEquals(500, attempts.get(0).answered());
        assertEquals(200, attempts.get(1).answered());
        assertEquals(verified(attempts.get(0)).getId(), verified(attempts.get(1)).getId());

        Instant settle = Instant.now().plusSeconds(5);
        Event stored = stripe.v1().events().retrieve(verified(attempts.get(1)).getId());
        while (stored.getPendingWebhooks() != 0 && Instant.now().isBefore(settle)) {
            Thread.sleep(100);
            stored = stripe.v1().events().retrieve(stored.getId());
        }
        assertEquals(0L, stored.getPendingWebhooks());
        assertFalse(stored.getLivemode());
    }

    private static Event verified(WebhookReceiver.Delivery d) {
        try {
            return Webhook.constructEvent(d.body(), d.signature(), "whsec_local");
        } catch (SignatureVerificationException e) {
            throw new AssertionError("signature did not verify: " + d.signature(), e);
        }
    }

    private static Event awaitEvent(Predicate<Event> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            for (WebhookReceiver.Delivery d : WebhookReceiver.DELIVERIES) {
                Event e = verified(d);
                if (wanted.test(e)) {
                    return e;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event not delivered in time");
    }

    private static void assertThrowsSignature(String body, String header, String secret) {
        try {
            Webhook.constructEvent(body, header, secret);
            throw new AssertionError("a wrong secret must not verify");
        } catch (SignatureVerificationException expected) {
            // the HMAC depends on the secret
        }
    }
}
