package io.connect.stripeemulator.domain;

import io.connect.stripeemulator.config.EmulatorConfig;
import io.connect.stripeemulator.messaging.EventPublisher;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class PaymentIntentService {
    private static final Set<String> CONFIRMABLE = Set.of("requires_payment_method", "requires_confirmation",
            "requires_action");
    private static final Set<String> CANCELABLE = Set.of("requires_payment_method", "requires_capture",
            "requires_confirmation", "requires_action", "processing");

    @Inject
    EmulatorConfig config;

    @Inject
    ObjectStore store;

    @Inject
    CustomerService customers;

    @Inject
    PaymentMethodService paymentMethods;

    @Inject
    EventPublisher events;

    /** How a confirmation was asked for. */
    public record Confirmation(boolean customerPresent, boolean offSession, boolean errorOnRequiresAction) {
    }

    public PaymentIntent retrieve(String id) {
        return store.require(PaymentIntent.class, id, "payment_intent", "intent");
    }

    public List<PaymentIntent> list(Params p) {
        p.allowOnly("customer", "limit", "starting_after", "ending_before", "created");
        String customer = p.text("customer");
        return store.all(PaymentIntent.class, pi -> customer == null || customer.equals(pi.customer));
    }

    public PaymentIntent create(Params p) {
        p.allowOnly("amount", "currency", "customer", "payment_method", "capture_method", "confirm", "off_session",
                "metadata", "description", "payment_method_types", "automatic_payment_methods", "setup_future_usage",
                "receipt_email", "return_url", "error_on_requires_action", "confirmation_method",
                "statement_descriptor", "statement_descriptor_suffix", "payment_method_options", "mandate_data",
                "use_stripe_sdk");
        PaymentIntent pi = new PaymentIntent();
        pi.currency = currency(p.required("currency"));
        pi.amount = amount(p, pi.currency);
        String customer = p.text("customer");
        if (customer != null) {
            pi.customer = customers.require(customer, "customer").id;
        }
        pi.captureMethod = p.oneOf("capture_method", "automatic_async", "automatic", "automatic_async", "manual");
        List<String> types = p.list("payment_method_types");
        if (types != null && !types.isEmpty()) {
            SetupIntentService.requireCardOnly(types);
            pi.paymentMethodTypes = types;
        }
        Params automatic = p.nested("automatic_payment_methods");
        pi.automaticPaymentMethods = automatic != null && automatic.bool("enabled", false);
        pi.description = p.text("description");
        pi.receiptEmail = p.text("receipt_email");
        pi.setupFutureUsage = p.oneOf("setup_future_usage", null, "on_session", "off_session");
        p.applyMetadata(pi.metadata);
        boolean confirm = p.bool("confirm", false);
        boolean offSession = offSession(p);
        if (p.has("off_session") && !confirm) {
            throw StripeApiError.invalid("off_session", "You can only set off_session when confirm is true.");
        }
        String pmId = p.text("payment_method");
        if (pmId != null) {
            PaymentMethod pm = paymentMethods.resolve(pmId, "payment_method");
            checkOwner(pm, pi.customer);
            pi.paymentMethod = pm.id;
            pi.status = "requires_confirmation";
        }
        store.save(pi);
        if (confirm) {
            return confirm(pi, null, new Confirmation(false, offSession, p.bool("error_on_requires_action", false)));
        }
        return pi;
    }

    public PaymentIntent update(String id, Params p) {
        p.allowOnly("metadata", "description", "receipt_email", "amount");
        PaymentIntent pi = retrieve(id);
        synchronized (pi) {
            if (p.has("amount")) {
                if (!Set.of("requires_payment_method", "requires_confirmation").contains(pi.status)) {
                    throw unexpectedState(pi, "The amount of a PaymentIntent with status " + pi.status
                            + " cannot be updated.");
                }
                pi.amount = amount(p, pi.currency);
            }
            if (p.has("description")) {
                pi.description = p.text("description");
            }
            if (p.has("receipt_email")) {
                pi.receiptEmail = p.text("receipt_email");
            }
            p.applyMetadata(pi.metadata);
        }
        return pi;
    }

    public PaymentIntent confirm(String id, Params p, boolean customerPresent) {
        p.allowOnly("payment_method", "off_session", "client_secret", "return_url", "error_on_requires_action",
                "use_stripe_sdk", "setup_future_usage", "payment_method_options", "mandate_data", "receipt_email",
                "key", "_stripe_version");
        PaymentIntent pi = retrieve(id);
        ClientSecrets.check(customerPresent, p, pi.clientSecret, "PaymentIntent");
        String pmId = p.text("payment_method");
        PaymentMethod pm = pmId == null ? null : paymentMethods.resolve(pmId, "payment_method");
        if (p.has("setup_future_usage")) {
            pi.setupFutureUsage = p.oneOf("setup_future_usage", null, "on_session", "off_session");
        }
        return confirm(pi, pm, new Confirmation(customerPresent, offSession(p),
                p.bool("error_on_requires_action", false)));
    }

    /** Charges a customer's card at once, off-session, as paying an invoice does. */
    public PaymentIntent charge(String customer, PaymentMethod pm, long amount, String currency, String description) {
        PaymentIntent pi = new PaymentIntent();
        pi.customer = customer;
        pi.amount = amount;
        pi.currency = currency;
        pi.description = description;
        pi.paymentMethod = pm.id;
        pi.status = "requires_confirmation";
        store.save(pi);
        return confirm(pi, null, new Confirmation(false, true, false));
    }

    public PaymentIntent capture(String id, Params p) {
        p.allowOnly("amount_to_capture", "metadata", "final_capture", "statement_descriptor",
                "statement_descriptor_suffix", "application_fee_amount");
        PaymentIntent pi = retrieve(id);
        synchronized (pi) {
            if (!"requires_capture".equals(pi.status)) {
                throw unexpectedState(pi, "This PaymentIntent could not be captured because it has a status of "
                        + pi.status + ". Only a PaymentIntent with one of the following statuses may be captured: "
                        + "requires_capture.");
            }
            Long requested = p.longValue("amount_to_capture");
            long toCapture = requested == null ? pi.amountCapturable : requested;
            if (toCapture < 1) {
                throw StripeApiError.invalid("amount_to_capture", "amount_to_capture must be at least 1.");
            }
            if (toCapture > pi.amountCapturable) {
                throw StripeApiError.invalid("amount_too_large", "amount_to_capture", "The amount to capture ("
                        + toCapture + ") cannot be greater than the amount capturable (" + pi.amountCapturable
                        + ") on the PaymentIntent.");
            }
            p.applyMetadata(pi.metadata);
            // A partial capture releases the rest of the hold: only one capture per PaymentIntent.
            pi.amountReceived = toCapture;
            pi.amountCapturable = 0;
            pi.status = "succeeded";
        }
        events.publish("payment_intent.succeeded", pi);
        return pi;
    }

    public PaymentIntent cancel(String id, Params p) {
        p.allowOnly("cancellation_reason");
        PaymentIntent pi = retrieve(id);
        synchronized (pi) {
            if (!CANCELABLE.contains(pi.status)) {
                throw unexpectedState(pi, "You cannot cancel this PaymentIntent because it has a status of "
                        + pi.status + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                        + "requires_payment_method, requires_capture, requires_confirmation, requires_action, "
                        + "processing.");
            }
            pi.cancellationReason = p.oneOf("cancellation_reason", null, "duplicate", "fraudulent",
                    "requested_by_customer", "abandoned");
            pi.canceledAt = Ids.now();
            pi.amountCapturable = 0;
            pi.nextAction = null;
            pi.status = "canceled";
        }
        events.publish("payment_intent.canceled", pi);
        return pi;
    }

    private PaymentIntent confirm(PaymentIntent pi, PaymentMethod given, Confirmation how) {
        String event;
        StripeApiError decline = null;
        PaymentMethod pm;
        synchronized (pi) {
            if (!CONFIRMABLE.contains(pi.status)) {
                throw unexpectedState(pi, "You cannot confirm this PaymentIntent because it has a status of "
                        + pi.status + ". Only a PaymentIntent with one of the following statuses may be confirmed: "
                        + "requires_payment_method, requires_confirmation, requires_action.");
            }
            pm = given != null ? given : pi.paymentMethod == null ? null
                    : store.find(PaymentMethod.class, pi.paymentMethod).orElse(null);
            if (pm == null) {
                throw unexpectedState(pi, "You cannot confirm this PaymentIntent because it's missing a payment "
                        + "method. Update the PaymentIntent with a payment method and then confirm it again.");
            }
            checkOwner(pm, pi.customer);
            pi.paymentMethod = pm.id;
            CardAuthorizer.Authorization auth = CardAuthorizer.authorize(pm.card, pi.manualCapture(),
                    how.customerPresent(), how.offSession(), how.errorOnRequiresAction());
            switch (auth.result()) {
                case APPROVED -> {
                    pi.latestCharge = Ids.next("ch");
                    pi.nextAction = null;
                    pi.lastPaymentError = null;
                    if (pi.manualCapture()) {
                        pi.amountCapturable = pi.amount;
                        pi.status = "requires_capture";
                        event = "payment_intent.amount_capturable_updated";
                    } else {
                        pi.amountReceived = pi.amount;
                        pi.status = "succeeded";
                        event = "payment_intent.succeeded";
                    }
                }
                case REQUIRES_ACTION -> {
                    pi.status = "requires_action";
                    pi.nextAction = CardAuthorizer.threeDSecureAction();
                    event = "payment_intent.requires_action";
                }
                default -> {
                    String charge = Ids.next("ch");
                    decline = auth.decline().withCharge(charge, pm.toJson());
                    pi.latestCharge = charge;
                    pi.lastPaymentError = decline.errorJson();
                    pi.paymentMethod = null;
                    pi.nextAction = null;
                    pi.status = "requires_payment_method";
                    event = "payment_intent.payment_failed";
                }
            }
        }
        if (decline == null && pi.setupFutureUsage != null && pi.customer != null && pm.customer == null) {
            paymentMethods.attach(pm.id, pi.customer);
        }
        events.publish(event, pi);
        if (decline != null) {
            throw decline.with("payment_intent", pi.toJson());
        }
        return pi;
    }

    private void checkOwner(PaymentMethod pm, String customer) {
        if (pm.customer != null && !pm.customer.equals(customer)) {
            throw StripeApiError.invalid("payment_method", customer == null
                    ? "The provided PaymentMethod was previously attached to a Customer. To use it, also pass that "
                            + "Customer's ID with customer."
                    : "The provided PaymentMethod belongs to another Customer than " + customer + ".");
        }
    }

    private long amount(Params p, String currency) {
        Long amount = p.longValue("amount");
        if (amount == null) {
            throw StripeApiError.missingParam("amount");
        }
        if (amount < 1) {
            throw StripeApiError.invalid("parameter_invalid_integer", "amount", "This value must be greater than or "
                    + "equal to 1.");
        }
        long minimum = config.minimumChargeAmount();
        if (amount < minimum) {
            throw StripeApiError.invalid("amount_too_small", "amount", "Amount must be at least " + minimum
                    + " in the smallest unit of " + currency + ".");
        }
        return amount;
    }

    static String currency(String value) {
        String c = value.toLowerCase();
        if (!c.matches("[a-z]{3}")) {
            throw StripeApiError.invalid("currency", "Invalid currency: " + value);
        }
        return c;
    }

    private static boolean offSession(Params p) {
        String v = p.text("off_session");
        if (v == null) {
            return false;
        }
        return switch (v) {
            case "true", "one_off", "recurring" -> true;
            case "false" -> false;
            default -> throw StripeApiError.invalid("off_session", "Invalid off_session: " + v);
        };
    }

    private static StripeApiError unexpectedState(PaymentIntent pi, String message) {
        return StripeApiError.invalid("payment_intent_unexpected_state", null, message)
                .with("payment_intent", pi.toJson());
    }
}
