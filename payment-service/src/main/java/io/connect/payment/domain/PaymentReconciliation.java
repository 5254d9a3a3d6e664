package io.connect.payment.domain;

import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.PaymentIntent;
import io.connect.payment.api.ReconciliationQuery;
import io.connect.payment.api.SessionPaymentsView;
import io.connect.payment.client.StripeLedger;
import io.connect.payment.client.StripePaymentIntents;
import io.connect.payment.persistence.PreAuthorizationEntity;
import io.connect.payment.persistence.PreAuthorizationRepository;
import io.connect.payment.persistence.SessionChargeEntity;
import io.connect.payment.persistence.SessionChargeRepository;
import io.connect.payment.persistence.StripeCustomerEntity;
import io.connect.payment.persistence.StripeCustomerRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The payment side of billing's reconciliation: per session, our hold and final charge as stored, and (when asked)
 * what Stripe holds for it. Comparing is billing's job; this only reports facts. Stripe is read once per customer.
 */
@ApplicationScoped
public class PaymentReconciliation {

    static final String RESOURCE_MISSING = "resource_missing";

    @Inject
    SessionChargeRepository charges;

    @Inject
    PreAuthorizationRepository holds;

    @Inject
    StripeCustomerRepository customers;

    @Inject
    StripeLedger ledger;

    @Inject
    StripePaymentIntents intents;

    private record Stored(UUID sessionId, UUID userId, PreAuthorizationEntity hold, SessionChargeEntity charge) {
    }

    private record CustomerObjects(List<PaymentIntent> intents, List<Invoice> invoices, boolean complete,
                                   boolean customerKnown) {
    }

    public List<SessionPaymentsView> facts(ReconciliationQuery query) {
        List<Stored> stored = QuarkusTransaction.requiringNew().call(() -> load(query));
        Map<UUID, CustomerObjects> stripeByUser = new HashMap<>();
        List<SessionPaymentsView> views = new ArrayList<>();
        for (Stored s : stored) {
            SessionPaymentsView.StripeFacts stripe = null;
            if (query.stripe() && s.userId() != null) {
                CustomerObjects objects = stripeByUser.computeIfAbsent(s.userId(), this::readStripe);
                stripe = objects == null ? null : stripeFacts(s, objects);
            }
            views.add(new SessionPaymentsView(s.sessionId().toString(),
                    s.userId() == null ? null : s.userId().toString(), hold(s.hold()), charge(s.charge()), stripe));
        }
        return views;
    }

    private List<Stored> load(ReconciliationQuery query) {
        Set<UUID> sessionIds = new LinkedHashSet<>(query.sessionIds() == null ? List.of() : query.sessionIds());
        List<SessionChargeEntity> charged = query.userId() == null
                ? charges.list("createdAt >= ?1 and createdAt < ?2", query.chargedFrom(), query.chargedUntil())
                : charges.list("createdAt >= ?1 and createdAt < ?2 and userId = ?3", query.chargedFrom(),
                query.chargedUntil(), query.userId());
        charged.forEach(c -> sessionIds.add(c.sessionId));
        List<Stored> stored = new ArrayList<>();
        for (UUID sessionId : sessionIds) {
            PreAuthorizationEntity hold = holds.findById(sessionId);
            SessionChargeEntity charge = charges.findById(sessionId);
            UUID userId = charge != null ? charge.userId : hold != null ? hold.userId : null;
            stored.add(new Stored(sessionId, userId, hold, charge));
        }
        return stored;
    }

    /** null when the user has no Stripe customer (then Stripe cannot hold anything of theirs). */
    private CustomerObjects readStripe(UUID userId) {
        StripeCustomerEntity customer = QuarkusTransaction.requiringNew().call(() -> customers.findById(userId));
        if (customer == null) {
            return null;
        }
        try {
            StripeLedger.Listed<PaymentIntent> paymentIntents = ledger.paymentIntentsOf(customer.stripeCustomerId);
            StripeLedger.Listed<Invoice> invoices = ledger.invoicesOf(customer.stripeCustomerId);
            return new CustomerObjects(paymentIntents.data(), invoices.data(),
                    paymentIntents.complete() && invoices.complete(), true);
        } catch (InvalidRequestException e) {
            if (!RESOURCE_MISSING.equals(e.getCode())) {
                throw StripeFailures.unavailable("read the customer's payment intents and invoices", e);
            }
            // Stripe holds nothing for this customer: every figure of theirs is then compared with nothing.
            return new CustomerObjects(List.of(), List.of(), true, false);
        } catch (StripeException e) {
            throw StripeFailures.unavailable("read the customer's payment intents and invoices", e);
        }
    }

    private SessionPaymentsView.StripeFacts stripeFacts(Stored s, CustomerObjects objects) {
        String sessionId = s.sessionId().toString();
        String holdId = s.hold() == null ? null : s.hold().paymentIntentId;
        String remainderId = s.charge() == null ? null : s.charge().remainderPaymentIntentId;
        PaymentIntent hold = find(objects, holdId);
        PaymentIntent remainder = find(objects, remainderId);
        List<String> others = objects.intents().stream()
                .filter(pi -> sessionId.equals(pi.getMetadata() == null ? null : pi.getMetadata().get("session_id")))
                .filter(pi -> !pi.getId().equals(holdId) && !pi.getId().equals(remainderId))
                .filter(pi -> pi.getAmountReceived() != null && pi.getAmountReceived() > 0)
                .map(PaymentIntent::getId).toList();
        List<SessionPaymentsView.StripeInvoice> invoices = objects.invoices().stream()
                .filter(i -> sessionId.equals(i.getMetadata() == null ? null : i.getMetadata().get("session_id")))
                .filter(i -> !"void".equals(i.getStatus()))
                .map(i -> new SessionPaymentsView.StripeInvoice(i.getId(), i.getStatus(),
                        i.getTotal() == null ? null : Money.format(Money.fromCents(i.getTotal()))))
                .toList();
        return new SessionPaymentsView.StripeFacts(received(hold), remainder == null ? null : remainder.getStatus(),
                received(remainder), others, invoices, objects.complete(), objects.customerKnown());
    }

    /** From the customer's list, else asked for by id (a list of more than one page may not contain it). */
    private PaymentIntent find(CustomerObjects objects, String paymentIntentId) {
        if (paymentIntentId == null) {
            return null;
        }
        return objects.intents().stream().filter(pi -> paymentIntentId.equals(pi.getId())).findFirst()
                .orElseGet(() -> {
                    try {
                        return intents.retrieve(paymentIntentId);
                    } catch (InvalidRequestException e) {
                        if (RESOURCE_MISSING.equals(e.getCode())) {
                            return null;
                        }
                        throw StripeFailures.unavailable("read payment intent " + paymentIntentId, e);
                    } catch (StripeException e) {
                        throw StripeFailures.unavailable("read payment intent " + paymentIntentId, e);
                    }
                });
    }

    private static String received(PaymentIntent pi) {
        return pi == null ? null : Money.format(Money.fromCents(Objects.requireNonNullElse(pi.getAmountReceived(), 0L)));
    }

    private static SessionPaymentsView.Hold hold(PreAuthorizationEntity h) {
        return h == null ? null : new SessionPaymentsView.Hold(h.paymentIntentId, Money.format(h.amount), h.status,
                Money.format(h.capturedAmount));
    }

    private static SessionPaymentsView.Charge charge(SessionChargeEntity c) {
        return c == null ? null : new SessionPaymentsView.Charge(c.invoiceId, Money.format(c.amount), c.status,
                Money.format(c.capturedAmount), Money.format(c.remainderAmount), c.remainderPaymentIntentId,
                c.remainderPaidAt != null, c.stripeInvoiceId);
    }
}
