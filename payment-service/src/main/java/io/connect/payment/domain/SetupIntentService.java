package io.connect.payment.domain;

import com.stripe.exception.StripeException;
import io.connect.payment.client.StripeSetupIntents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Hands out a SetupIntent client secret; the card itself arrives later through Stripe's webhooks. */
@ApplicationScoped
public class SetupIntentService {

    @Inject
    CustomerService customers;

    @Inject
    StripeSetupIntents setupIntents;

    public String createCardSetupIntent(UUID userId) {
        String customerId = customers.ensureCustomer(userId);
        // Every request is a new SetupIntent, not a retry: the random part keeps the keys apart, while the
        // gateway's retries of this one request reuse the key.
        String key = "seti-" + userId + "-" + UUID.randomUUID();
        try {
            return setupIntents.createForCard(customerId, userId, key);
        } catch (StripeException e) {
            throw StripeFailures.unavailable("create the setup intent", e);
        }
    }
}
