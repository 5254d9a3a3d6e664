package io.connect.payment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StripeCustomerRepository implements PanacheRepositoryBase<StripeCustomerEntity, UUID> {

    public Optional<StripeCustomerEntity> findByStripeId(String stripeCustomerId) {
        return find("stripeCustomerId", stripeCustomerId).firstResultOptional();
    }

    /** Keeps the first customer stored for a user; a concurrent creator loses quietly. */
    public void insertIfAbsent(UUID userId, String stripeCustomerId) {
        getEntityManager().createNativeQuery("INSERT INTO stripe_customer (user_id, stripe_customer_id, created_at) "
                        + "VALUES (:u, :c, now()) ON CONFLICT DO NOTHING")
                .setParameter("u", userId)
                .setParameter("c", stripeCustomerId)
                .executeUpdate();
    }

    /** Serialises changes to one user's payment methods (default flag) across concurrent requests and webhooks. */
    public void lockUser(UUID userId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM stripe_customer WHERE user_id = :u FOR UPDATE")
                .setParameter("u", userId)
                .getResultList();
    }
}
