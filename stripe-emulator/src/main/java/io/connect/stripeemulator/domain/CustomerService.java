package io.connect.stripeemulator.domain;

import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class CustomerService {
    private static final String[] FIELDS = {"email", "name", "description", "phone", "metadata", "preferred_locales",
        "invoice_settings", "payment_method"};

    @Inject
    ObjectStore store;

    @Inject
    PaymentMethodService paymentMethods;

    /** A live customer; deleted ones answer 404 as on Stripe. */
    public Customer require(String id, String param) {
        Customer c = store.require(Customer.class, id, "customer", param);
        if (c.deleted) {
            throw StripeApiError.noSuch("customer", id, param);
        }
        return c;
    }

    public Customer create(Params p) {
        p.allowOnly(FIELDS);
        Customer c = new Customer();
        apply(c, p);
        store.save(c);
        String pm = p.text("payment_method");
        if (pm != null) {
            paymentMethods.attach(pm, c.id);
        }
        setDefault(c, p);
        return c;
    }

    public Customer update(String id, Params p) {
        p.allowOnly(FIELDS);
        Customer c = require(id, "id");
        synchronized (c) {
            apply(c, p);
        }
        setDefault(c, p);
        return c;
    }

    public Customer delete(String id) {
        Customer c = require(id, "id");
        c.deleted = true;
        return c;
    }

    public List<Customer> list(Params p) {
        p.allowOnly("email", "limit", "starting_after", "ending_before");
        String email = p.text("email");
        return store.all(Customer.class, c -> !c.deleted && (email == null || email.equals(c.email)));
    }

    private void apply(Customer c, Params p) {
        if (p.has("email")) {
            c.email = p.text("email");
        }
        if (p.has("name")) {
            c.name = p.text("name");
        }
        if (p.has("description")) {
            c.description = p.text("description");
        }
        if (p.has("phone")) {
            c.phone = p.text("phone");
        }
        if (p.has("preferred_locales")) {
            c.preferredLocales = p.list("preferred_locales");
        }
        p.applyMetadata(c.metadata);
    }

    /** invoice_settings[default_payment_method]: must be attached to this customer; "" unsets it. */
    private void setDefault(Customer c, Params p) {
        Params settings = p.nested("invoice_settings");
        if (settings == null) {
            return;
        }
        settings.allowOnly("default_payment_method", "custom_fields", "footer", "rendering_options");
        if (!settings.has("default_payment_method")) {
            return;
        }
        String pmId = settings.text("default_payment_method");
        String param = "invoice_settings[default_payment_method]";
        if (pmId != null) {
            PaymentMethod pm = store.find(PaymentMethod.class, pmId).orElse(null);
            if (pm == null || !c.id.equals(pm.customer)) {
                throw StripeApiError.invalid("resource_missing", param, "The customer does not have a payment method "
                        + "with the ID " + pmId + ". The payment method must be attached to the customer.");
            }
        }
        synchronized (c) {
            c.defaultPaymentMethod = pmId;
        }
    }
}
