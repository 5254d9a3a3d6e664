package io.connect.payment.domain;

import com.stripe.exception.StripeException;
import io.connect.payment.client.StripeCustomers;
import io.connect.payment.persistence.StripeCustomerRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * One Stripe customer per user. Both the first setup-intent request and user.created.v1 may get here, in
 * any order and more than once: Stripe's idempotency key {@code customer-{user_id}} returns the same customer
 * to every caller, and the unique row keeps the first one stored.
 */
@ApplicationScoped
public class CustomerService {

    @Inject
    StripeCustomers stripeCustomers;

    @Inject
    StripeCustomerRepository customers;

    /** @return the user's Stripe customer id, creating the customer when the user has none yet */
    public String ensureCustomer(UUID userId) {
        Optional<String> known = customerId(userId);
        if (known.isPresent()) {
            return known.get();
        }
        String created;
        try {
            created = stripeCustomers.create(userId);
        } catch (StripeException e) {
            throw StripeFailures.unavailable("create the customer", e);
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            customers.insertIfAbsent(userId, created);
            return customers.getEntityManager()
                    .createQuery("select c.stripeCustomerId from StripeCustomerEntity c where c.userId = :u", String.class)
                    .setParameter("u", userId)
                    .getSingleResult();
        });
    }

    public Optional<String> customerId(UUID userId) {
        return QuarkusTransaction.joiningExisting().call(() ->
                customers.findByIdOptional(userId).map(c -> c.stripeCustomerId));
    }

    public Optional<UUID> userOfCustomer(String stripeCustomerId) {
        return QuarkusTransaction.joiningExisting().call(() ->
                customers.findByStripeId(stripeCustomerId).map(c -> c.userId));
    }
}
