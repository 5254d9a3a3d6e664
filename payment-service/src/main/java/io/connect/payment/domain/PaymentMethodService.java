package io.connect.payment.domain;

import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentMethod;
import io.connect.payment.client.StripeCustomers;
import io.connect.payment.client.StripePaymentMethods;
import io.connect.payment.messaging.PaymentEvents;
import io.connect.payment.persistence.PaymentMethodEntity;
import io.connect.payment.persistence.PaymentMethodRepository;
import io.connect.payment.persistence.PreAuthorizationRepository;
import io.connect.payment.persistence.StripeCustomerRepository;
import io.connect.payment.persistence.UserDebtRepository;
import io.connect.platform.api.PageRequest;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's saved payment methods. Stripe is the source of truth: cards reach our table through webhooks
 * (after the frontend confirmed a SetupIntent); the default flag and detaching go to Stripe first, then here.
 */
@ApplicationScoped
public class PaymentMethodService {

    private static final Logger LOG = Logger.getLogger(PaymentMethodService.class);

    @Inject
    PaymentMethodRepository methods;

    @Inject
    StripeCustomerRepository customerRows;

    @Inject
    CustomerService customers;

    @Inject
    StripeCustomers stripeCustomers;

    @Inject
    StripePaymentMethods stripeMethods;

    @Inject
    PaymentEvents events;

    @Inject
    UserDebtRepository debts;

    @Inject
    PreAuthorizationRepository holds;

    public long count(UUID userId) {
        return QuarkusTransaction.joiningExisting().call(() -> methods.countAttached(userId));
    }

    public List<PaymentMethodEntity> list(UUID userId, PageRequest page) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> methods.attachedOf(userId).page(page.index(), page.pageSize()).list());
    }

    public PaymentMethodEntity get(UUID userId, String paymentMethodId) {
        return QuarkusTransaction.joiningExisting().call(() -> methods.findAttached(userId, paymentMethodId))
                .orElseThrow(() -> ApiException.notFound("Payment method"));
    }

    public void makeDefault(UUID userId, String paymentMethodId) {
        get(userId, paymentMethodId);
        String customerId = customers.ensureCustomer(userId);
        try {
            stripeCustomers.setDefaultPaymentMethod(customerId, paymentMethodId,
                    "default-" + paymentMethodId + "-" + UUID.randomUUID());
        } catch (StripeException e) {
            throw StripeFailures.unavailable("set the default payment method", e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            customerRows.lockUser(userId);
            methods.findAttached(userId, paymentMethodId).orElseThrow(() -> ApiException.notFound("Payment method"));
            methods.makeDefault(userId, paymentMethodId);
        });
    }

    public void delete(UUID userId, String paymentMethodId) {
        get(userId, paymentMethodId);
        refuseWhileNeeded(userId, paymentMethodId);
        try {
            stripeMethods.detach(paymentMethodId);
        } catch (InvalidRequestException e) {
            // Already detached in Stripe (for instance from the Dashboard): our copy just catches up.
            LOG.infof("detach of %s refused by Stripe (%s); marking it detached", paymentMethodId,
                    StripeFailures.message(e));
        } catch (StripeException e) {
            throw StripeFailures.unavailable("remove the payment method", e);
        }
        QuarkusTransaction.requiringNew().call(() -> markDetached(userId, paymentMethodId))
                .ifPresent(promoted -> syncDefaultToStripe(userId, promoted));
    }

    /** A user who owes money keeps a card; a card holding a session's pre-authorisation stays until it is settled. */
    private void refuseWhileNeeded(UUID userId, String paymentMethodId) {
        QuarkusTransaction.joiningExisting().run(() -> {
            if (debts.hasOpen(userId)) {
                throw new ApiException(402, "The user has an open debt; pay it before removing a payment method.",
                        ErrorType.PAYMENT_ERROR, "open debt: settle the outstanding session payment first");
            }
            if (holds.backsAHeldHold(userId, paymentMethodId)) {
                throw new ApiException(409, "This payment method backs a pre-authorisation that is still held; "
                        + "it can be removed once the charging session is settled.", ErrorType.PAYMENT_METHOD_ERROR,
                        "payment_method: backs a pre-authorisation in requires_capture");
            }
        });
    }

    /** Stripe says this method is detached (webhook). */
    public void detachedInStripe(String paymentMethodId) {
        Optional<PaymentMethodEntity> row = QuarkusTransaction.joiningExisting().call(() ->
                methods.findByIdOptional(paymentMethodId));
        row.ifPresent(pm -> QuarkusTransaction.joiningExisting().call(() -> markDetached(pm.userId, pm.id))
                .ifPresent(promoted -> syncDefaultToStripe(pm.userId, promoted)));
    }

    /**
     * Mirrors a payment method Stripe just told us about (setup_intent.succeeded, payment_method.attached).
     * The object is the one retrieved from Stripe now, so an old or replayed event cannot resurrect a method
     * that has since been detached. The user's first method becomes the default.
     */
    public void mirror(PaymentMethod pm) {
        if (pm.getCustomer() == null) {
            detachedInStripe(pm.getId());
            return;
        }
        Optional<UUID> owner = customers.userOfCustomer(pm.getCustomer());
        if (owner.isEmpty()) {
            LOG.infof("payment method %s belongs to customer %s, which is not ours; ignored", pm.getId(),
                    pm.getCustomer());
            return;
        }
        UUID userId = owner.get();
        boolean becameDefault = QuarkusTransaction.joiningExisting().call(() -> insertIfNew(userId, pm));
        if (becameDefault) {
            syncDefaultToStripe(userId, pm.getId());
        }
    }

    /** @return true when the method is new and became the user's default */
    private boolean insertIfNew(UUID userId, PaymentMethod pm) {
        customerRows.lockUser(userId);
        if (methods.findByIdOptional(pm.getId()).isPresent()) {
            return false;
        }
        PaymentMethodEntity row = new PaymentMethodEntity();
        row.id = pm.getId();
        row.userId = userId;
        row.type = pm.getType();
        if (pm.getCard() != null) {
            row.brand = pm.getCard().getBrand();
            row.last4 = pm.getCard().getLast4();
            row.expMonth = pm.getCard().getExpMonth() == null ? null : pm.getCard().getExpMonth().intValue();
            row.expYear = pm.getCard().getExpYear() == null ? null : pm.getCard().getExpYear().intValue();
        }
        if (pm.getBillingDetails() != null) {
            row.cardholderName = pm.getBillingDetails().getName();
        }
        row.createdAt = pm.getCreated() == null ? OffsetDateTime.now(ZoneOffset.UTC)
                : OffsetDateTime.ofInstant(Instant.ofEpochSecond(pm.getCreated()), ZoneOffset.UTC);
        row.isDefault = methods.countAttached(userId) == 0;
        methods.persist(row);
        events.methodAttached(row);
        return row.isDefault;
    }

    /** @return the method promoted to default when the detached one was the default */
    private Optional<String> markDetached(UUID userId, String paymentMethodId) {
        customerRows.lockUser(userId);
        PaymentMethodEntity pm = methods.findById(paymentMethodId);
        if (pm == null || !pm.attached()) {
            return Optional.empty();
        }
        boolean wasDefault = pm.isDefault;
        pm.detachedAt = OffsetDateTime.now(ZoneOffset.UTC);
        pm.isDefault = false;
        methods.flush();
        events.methodDetached(pm);
        if (!wasDefault) {
            return Optional.empty();
        }
        return methods.newestAttached(userId).map(next -> {
            methods.makeDefault(userId, next.id);
            return next.id;
        });
    }

    /** Keeps customer.invoice_settings.default_payment_method in step; our flag already changed, so best effort. */
    private void syncDefaultToStripe(UUID userId, String paymentMethodId) {
        try {
            customers.customerId(userId).ifPresent(customerId -> {
                try {
                    stripeCustomers.setDefaultPaymentMethod(customerId, paymentMethodId,
                            "default-" + paymentMethodId + "-" + UUID.randomUUID());
                } catch (StripeException e) {
                    throw new IllegalStateException(StripeFailures.message(e), e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("could not set %s as the default in Stripe: %s", paymentMethodId, e.getMessage());
        }
    }
}
