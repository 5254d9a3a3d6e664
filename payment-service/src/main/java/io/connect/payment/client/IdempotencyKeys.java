package io.connect.payment.client;

import com.stripe.net.RequestOptions;

/**
 * Every gateway method is safe to repeat: it is a read, or a write carrying an idempotency key that the caller
 * derived from our ids before the first attempt, so a retry replays rather than repeats. Gateways therefore
 * retry (class-level {@code @Retry}) connection failures, Stripe 5xx, rate limits and concurrent-key conflicts;
 * never card errors or invalid requests.
 */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static RequestOptions of(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }
}
