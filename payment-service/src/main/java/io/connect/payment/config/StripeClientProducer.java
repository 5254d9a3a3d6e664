package io.connect.payment.config;

import com.stripe.StripeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one stripe-java client of the service. Retries are ours (SmallRye Fault Tolerance on the gateways). */
@ApplicationScoped
public class StripeClientProducer {

    @Produces
    @Singleton
    StripeClient stripeClient(StripeConfig config) {
        return StripeClient.builder()
                .setApiKey(config.apiKey())
                .setApiBase(config.apiBase())
                .setConnectTimeout(config.connectTimeoutMs())
                .setReadTimeout(config.readTimeoutMs())
                .setMaxNetworkRetries(0)
                .build();
    }
}
