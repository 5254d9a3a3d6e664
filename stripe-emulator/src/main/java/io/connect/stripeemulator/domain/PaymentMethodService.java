package io.connect.stripeemulator.domain;

import io.connect.stripeemulator.messaging.EventPublisher;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class PaymentMethodService {

    @Inject
    ObjectStore store;

    @Inject
    EventPublisher events;

    /** A concrete PaymentMethod for an id given as a parameter; an alias such as pm_card_visa mints a new one. */
    public PaymentMethod resolve(String id, String param) {
        return CardCatalogue.alias(id).map(card -> store.save(new PaymentMethod(card)))
                .orElseGet(() -> store.require(PaymentMethod.class, id, "PaymentMethod", param));
    }

    public PaymentMethod retrieve(String id) {
        return store.require(PaymentMethod.class, id, "PaymentMethod", "payment_method");
    }

    /** What Stripe.js does with card details or a test token: {@code type=card&card[token]=tok_visa}. */
    public PaymentMethod create(Params p) {
        p.allowOnly("type", "card", "billing_details", "metadata", "allow_redisplay");
        if (!"card".equals(p.required("type"))) {
            throw StripeApiError.invalid("type", "The emulator supports only payment methods of type card.");
        }
        Params card = p.nested("card");
        if (card == null) {
            throw StripeApiError.missingParam("card");
        }
        card.allowOnly("token", "number", "exp_month", "exp_year", "cvc");
        TestCard known = card.text("token") != null
                ? CardCatalogue.byToken(card.text("token")).orElseThrow(
                        () -> StripeApiError.noSuch("token", card.text("token"), "card[token]"))
                : CardCatalogue.byNumber(card.required("number")).orElseThrow(() -> new StripeApiError(402,
                        "card_error", "incorrect_number", null, "card[number]", "Your card number is incorrect."));
        Long month = card.longValue("exp_month");
        Long year = card.longValue("exp_year");
        TestCard details = new TestCard(known.brand(), known.last4(),
                month == null ? known.expMonth() : month.intValue(), year == null ? known.expYear() : year.intValue(),
                known.funding(), known.country(), known.behaviour());
        PaymentMethod pm = new PaymentMethod(details);
        applyDetails(pm, p);
        return store.save(pm);
    }

    public PaymentMethod update(String id, Params p) {
        p.allowOnly("billing_details", "metadata", "allow_redisplay");
        PaymentMethod pm = retrieve(id);
        synchronized (pm) {
            applyDetails(pm, p);
        }
        return pm;
    }

    public PaymentMethod attach(String id, String customerId) {
        Customer customer = store.require(Customer.class, customerId, "customer", "customer");
        PaymentMethod pm = resolve(id, "payment_method");
        synchronized (pm) {
            if (customer.id.equals(pm.customer)) {
                return pm;
            }
            if (pm.customer != null) {
                throw StripeApiError.invalid("payment_method_unexpected_state", "payment_method",
                        "The payment method you provided has already been attached to a customer.");
            }
            pm.customer = customer.id;
        }
        events.publish("payment_method.attached", pm);
        return pm;
    }

    public PaymentMethod detach(String id) {
        PaymentMethod pm = retrieve(id);
        String previous;
        synchronized (pm) {
            previous = pm.customer;
            if (previous == null) {
                throw StripeApiError.invalid("payment_method_unexpected_state", "payment_method",
                        "The payment method you provided is not attached to a customer so detachment is impossible.");
            }
            pm.customer = null;
        }
        store.find(Customer.class, previous).ifPresent(c -> {
            synchronized (c) {
                if (pm.id.equals(c.defaultPaymentMethod)) {
                    c.defaultPaymentMethod = null;
                }
            }
        });
        events.publish("payment_method.detached", pm, Json.obj().put("customer", previous));
        return pm;
    }

    public List<PaymentMethod> forCustomer(String customerId, String type) {
        store.require(Customer.class, customerId, "customer", "customer");
        return store.all(PaymentMethod.class,
                pm -> customerId.equals(pm.customer) && (type == null || "card".equals(type)));
    }

    public PaymentMethod ofCustomer(String customerId, String id) {
        store.require(Customer.class, customerId, "customer", "customer");
        PaymentMethod pm = retrieve(id);
        if (!customerId.equals(pm.customer)) {
            throw StripeApiError.noSuch("PaymentMethod", id, "payment_method");
        }
        return pm;
    }

    private static void applyDetails(PaymentMethod pm, Params p) {
        Params billing = p.nested("billing_details");
        if (billing != null) {
            billing.allowOnly("name", "email", "phone", "address", "tax_id");
            if (billing.has("name")) {
                pm.billingName = billing.text("name");
            }
            if (billing.has("email")) {
                pm.billingEmail = billing.text("email");
            }
        }
        p.applyMetadata(pm.metadata);
    }
}
