package io.connect.billing.client;

/**
 * payment-service refused the request (4xx): retrying the same call will not help, and it says nothing about
 * the health of payment-service, so neither the retry nor the circuit breaker counts it.
 */
public class PaymentRejectedException extends RuntimeException {

    private final int status;
    private final String body;

    public PaymentRejectedException(int status, String body) {
        super("payment-service answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
