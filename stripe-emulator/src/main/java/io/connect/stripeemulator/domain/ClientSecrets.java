package io.connect.stripeemulator.domain;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/** A publishable key may confirm an intent only together with that intent's client secret. */
final class ClientSecrets {

    private ClientSecrets() {
    }

    static void check(boolean customerPresent, Params p, String expected, String kind) {
        String given = p.text("client_secret");
        if (!customerPresent && given == null) {
            return;
        }
        if (given == null) {
            throw StripeApiError.missingParam("client_secret");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw StripeApiError.invalid("client_secret", "The client_secret provided does not match the "
                    + "client_secret associated with the " + kind + ".");
        }
    }
}
