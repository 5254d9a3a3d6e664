package io.connect.stripeemulator.domain;

import io.connect.stripeemulator.messaging.EventPublisher;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class SetupIntentService {
    private static final Set<String> CONFIRMABLE = Set.of("requires_payment_method", "requires_confirmation",
            "requires_action");

    @Inject
    ObjectStore store;

    @Inject
    CustomerService customers;

    @Inject
    PaymentMethodService paymentMethods;

    @Inject
    EventPublisher events;

    public SetupIntent retrieve(String id) {
        return store.require(SetupIntent.class, id, "setup_intent", "intent");
    }

    public SetupIntent create(Params p) {
        p.allowOnly("customer", "usage", "payment_method_types", "automatic_payment_methods", "description",
                "metadata", "payment_method", "confirm", "return_url", "payment_method_options");
        SetupIntent si = new SetupIntent();
        String customer = p.text("customer");
        if (customer != null) {
            si.customer = customers.require(customer, "customer").id;
        }
        si.usage = p.oneOf("usage", "off_session", "off_session", "on_session");
        List<String> types = p.list("payment_method_types");
        Params automatic = p.nested("automatic_payment_methods");
        si.automaticPaymentMethods = automatic != null && automatic.bool("enabled", false);
        if (types != null && !types.isEmpty()) {
            requireCardOnly(types);
            si.paymentMethodTypes = types;
        }
        si.description = p.text("description");
        p.applyMetadata(si.metadata);
        String pm = p.text("payment_method");
        if (pm != null) {
            si.paymentMethod = paymentMethods.resolve(pm, "payment_method").id;
            si.status = "requires_confirmation";
        }
        store.save(si);
        if (p.bool("confirm", false)) {
            return confirm(si, null, false);
        }
        return si;
    }

    public SetupIntent confirm(String id, Params p, boolean customerPresent) {
        p.allowOnly("payment_method", "client_secret", "return_url", "use_stripe_sdk", "mandate_data",
                "payment_method_options", "key", "_stripe_version");
        SetupIntent si = retrieve(id);
        ClientSecrets.check(customerPresent, p, si.clientSecret, "SetupIntent");
        String pmId = p.text("payment_method");
        return confirm(si, pmId == null ? null : paymentMethods.resolve(pmId, "payment_method"), customerPresent);
    }

    public SetupIntent cancel(String id, Params p) {
        p.allowOnly("cancellation_reason");
        SetupIntent si = retrieve(id);
        synchronized (si) {
            if (!CONFIRMABLE.contains(si.status)) {
                throw unexpectedState(si, "You cannot cancel this SetupIntent because it has a status of "
                        + si.status + ".");
            }
            si.status = "canceled";
            si.nextAction = null;
            si.cancellationReason = p.oneOf("cancellation_reason", null, "abandoned", "duplicate",
                    "requested_by_customer");
        }
        events.publish("setup_intent.canceled", si);
        return si;
    }

    private SetupIntent confirm(SetupIntent si, PaymentMethod given, boolean customerPresent) {
        PaymentMethod pm;
        synchronized (si) {
            if (!CONFIRMABLE.contains(si.status)) {
                throw unexpectedState(si, "succeeded".equals(si.status)
                        ? "You cannot confirm this SetupIntent because it has already succeeded after being "
                                + "previously confirmed."
                        : "You cannot confirm this SetupIntent because it has a status of " + si.status + ".");
            }
            pm = given != null ? given : si.paymentMethod == null ? null
                    : store.find(PaymentMethod.class, si.paymentMethod).orElse(null);
            if (pm == null) {
                throw StripeApiError.invalid("parameter_missing", "payment_method", "You cannot confirm this "
                        + "SetupIntent because it's missing a payment method. Specify one with payment_method.");
            }
            if (pm.customer != null && si.customer != null && !pm.customer.equals(si.customer)) {
                throw StripeApiError.invalid("payment_method", "The provided PaymentMethod is attached to another "
                        + "Customer than this SetupIntent's.");
            }
            si.paymentMethod = pm.id;
            si.lastSetupError = null;
            if (pm.card.behaviour() == CardBehaviour.AUTHENTICATION_REQUIRED && !customerPresent) {
                si.status = "requires_action";
                si.nextAction = CardAuthorizer.threeDSecureAction();
                return si;
            }
            si.status = "succeeded";
            si.nextAction = null;
        }
        if (si.customer != null) {
            paymentMethods.attach(pm.id, si.customer);
        }
        events.publish("setup_intent.succeeded", si);
        return si;
    }

    static void requireCardOnly(List<String> types) {
        for (String type : types) {
            if (!"card".equals(type)) {
                throw StripeApiError.invalid("payment_method_types", "The payment method type \"" + type
                        + "\" is not supported by the emulator; use card.");
            }
        }
    }

    private static StripeApiError unexpectedState(SetupIntent si, String message) {
        return StripeApiError.invalid("setup_intent_unexpected_state", null, message).with("setup_intent", si.toJson());
    }
}
