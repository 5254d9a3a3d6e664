package io.connect.payment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How we reach Stripe (or the local emulator) and verify its webhooks. */
@ConfigMapping(prefix = "stripe")
public interface StripeConfig {

    /** STRIPE_API_KEY: the secret key (sk_test_... / sk_live_...). */
    String apiKey();

    /** STRIPE_API_BASE: http://127.0.0.1:12111 for the emulator, https://api.stripe.com in production. */
    String apiBase();

    /** STRIPE_WEBHOOK_SECRET: the endpoint's signing secret (whsec_...). */
    String webhookSecret();

    @WithDefault("300")
    long webhookToleranceSeconds();

    @WithDefault("5000")
    int connectTimeoutMs();

    @WithDefault("20000")
    int readTimeoutMs();
}
