package io.connect.stripeemulator;

import static io.restassured.RestAssured.given;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.SetupIntent;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import java.net.URL;

/** The real stripe-java client pointed at the emulator under test, plus the Stripe.js steps done over raw HTTP. */
final class StripeTestClient {

    private StripeTestClient() {
    }

    static StripeClient client(URL base) {
        return StripeClient.builder().setApiKey("sk_test_local").setApiBase(root(base)).build();
    }

    static String root(URL base) {
        String s = base.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static Customer customer(StripeClient stripe, String email) throws StripeException {
        return stripe.v1().customers().create(CustomerCreateParams.builder().setEmail(email).build());
    }

    static SetupIntent setupIntent(StripeClient stripe, String customerId) throws StripeException {
        return stripe.v1().setupIntents().create(SetupIntentCreateParams.builder().setCustomer(customerId)
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION).addPaymentMethodType("card").build());
    }

    /** What a partner's frontend does with Stripe.js: confirm with the publishable key and client secret. */
    static String confirmWithPublishableKey(String clientSecret, String paymentMethod) {
        String id = clientSecret.substring(0, clientSecret.indexOf("_secret_"));
        return given().header("Authorization", "Bearer pk_test_local")
                .formParam("payment_method", paymentMethod).formParam("client_secret", clientSecret)
                .post("/v1/setup_intents/" + id + "/confirm")
                .then().statusCode(200).extract().path("payment_method");
    }

    /** A customer with a saved card made from a test alias, as the SetupIntent flow leaves it. */
    static String savedCard(StripeClient stripe, String customerId, String alias) throws StripeException {
        return confirmWithPublishableKey(setupIntent(stripe, customerId).getClientSecret(), alias);
    }
}
