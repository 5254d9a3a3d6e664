package io.connect.charging.client;

/** A neighbour could not answer (5xx, unreachable): counts as a failure for retries and circuit breakers. */
public class DownstreamException extends RuntimeException {
    public DownstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
