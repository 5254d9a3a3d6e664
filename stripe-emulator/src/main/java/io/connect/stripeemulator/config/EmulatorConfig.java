package io.connect.stripeemulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "stripe-emulator")
public interface EmulatorConfig {

    /** Base URL the emulator is reached at; hosted invoice pages and PDFs are served below it. */
    @WithDefault("http://127.0.0.1:12111")
    String publicUrl();

    /** The API version stamped on events; stripe-java only deserializes event objects of its own version. */
    @WithDefault("2026-07-29.dahlia")
    String apiVersion();

    /** Currency of invoices and invoice items created without one (Stripe uses the account's default). */
    @WithDefault("eur")
    String defaultCurrency();

    /** Stripe refuses PaymentIntents below the minimum charge amount (50 for EUR/USD); 0 disables the check. */
    @WithDefault("50")
    long minimumChargeAmount();

    Webhook webhook();

    interface Webhook {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("http://127.0.0.1:8082/webhooks/stripe")
        List<String> endpoints();

        @WithDefault("whsec_local")
        String secret();

        @WithDefault("10")
        int maxAttempts();

        @WithDefault("1S")
        Duration initialBackoff();
    }
}
