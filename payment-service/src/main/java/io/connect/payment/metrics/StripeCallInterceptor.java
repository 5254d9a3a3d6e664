package io.connect.payment.metrics;

import com.stripe.exception.CardException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.Locale;

/**
 * {@code connect_stripe_call_seconds{operation, outcome=ok|card_error|error}}. The priority puts it inside the
 * fault-tolerance interceptors, so each attempt (each request to Stripe) is one sample. Tags are fixed sets:
 * the gateway class and method, never ids or card data.
 */
@StripeCallTimed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class StripeCallInterceptor {

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    Object time(InvocationContext ctx) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            Object result = ctx.proceed();
            outcome = "ok";
            return result;
        } catch (CardException e) {
            outcome = "card_error";
            throw e;
        } finally {
            sample.stop(Timer.builder("connect.stripe.call")
                    .description("Calls to the Stripe API")
                    .tag("operation", operation(ctx))
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    /** {@code StripePaymentIntents#hold} becomes {@code payment_intents.hold}. */
    static String operation(InvocationContext ctx) {
        String type = ctx.getMethod().getDeclaringClass().getSimpleName().replaceFirst("^Stripe", "");
        return snake(type) + "." + snake(ctx.getMethod().getName());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
