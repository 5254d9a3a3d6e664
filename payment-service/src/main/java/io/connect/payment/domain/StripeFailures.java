package io.connect.payment.domain;

import com.stripe.exception.StripeException;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import org.jboss.logging.Logger;

/** Stripe trouble that is not the client's fault: 502, and the caller may retry (every write is idempotent). */
final class StripeFailures {

    private static final Logger LOG = Logger.getLogger(StripeFailures.class);

    private StripeFailures() {
    }

    static ApiException unavailable(String action, StripeException e) {
        LOG.warnf("Stripe failed to %s: %s (request %s)", action, message(e), e.getRequestId());
        return new ApiException(502, "Payment provider error.", ErrorType.UNEXPECTED_ERROR,
                "Stripe could not " + action + "; try again");
    }

    /** Stripe's own message, without the request-id suffix stripe-java appends. */
    static String message(StripeException e) {
        if (e.getStripeError() != null && e.getStripeError().getMessage() != null) {
            return e.getStripeError().getMessage();
        }
        return e.getMessage();
    }

    static String code(StripeException e) {
        return e.getStripeError() == null ? e.getCode() : e.getStripeError().getCode();
    }
}
