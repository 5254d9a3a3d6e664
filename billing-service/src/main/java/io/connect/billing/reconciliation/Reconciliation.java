package io.connect.billing.reconciliation;

import io.connect.billing.client.ChargingServiceClient;
import io.connect.billing.client.PaymentFacts;
import io.connect.billing.client.PaymentFactsQuery;
import io.connect.billing.client.PaymentServiceClient;
import io.connect.billing.persistence.CompletedSession;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares, for every session completed (in charging-service or as billing received it), invoiced or charged in a
 * window, billing's record of SessionCompleted, its invoice and debt, payment-service's hold and charge, and
 * (optionally) Stripe's PaymentIntents and invoices.
 * Only reads: it never repairs anything.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    @Inject
    @RestClient
    PaymentServiceClient payments;

    @Inject
    @RestClient
    ChargingServiceClient charging;

    private record Books(Map<String, CompletedSession> completed, Map<String, Invoice> invoices,
                         Map<String, Debt> debts) {
    }

    /** charging-service's completed sessions in the window; {@code asked} false when it could not be asked. */
    private record ChargingSide(boolean asked, Map<String, ChargingServiceClient.CompletedSession> completed,
                                String note) {
    }

    public ReconciliationReport reconcile(OffsetDateTime from, OffsetDateTime until, String userId, boolean stripe) {
        TreeSet<String> sessionIds = QuarkusTransaction.requiringNew().call(() -> sessionsIn(from, until, userId));
        ChargingSide chargingSide = chargingCompleted(from, until, userId);
        sessionIds.addAll(chargingSide.completed().keySet());
        PaymentFacts facts = paymentFacts(sessionIds, from, until, userId, stripe);
        Map<String, PaymentFacts.SessionPayments> paid = facts.sessions() == null ? Map.of()
                : facts.sessions().stream().collect(Collectors.toMap(PaymentFacts.SessionPayments::sessionId,
                Function.identity(), (a, b) -> a));
        sessionIds.addAll(paid.keySet());
        Books books = QuarkusTransaction.requiringNew().call(() -> load(sessionIds));

        List<Mismatch> mismatches = new ArrayList<>();
        for (String sessionId : sessionIds) {
            mismatches.addAll(ReconciliationChecks.check(new SessionBooks(sessionId, books.completed().get(sessionId),
                    books.invoices().get(sessionId), books.debts().get(sessionId), paid.get(sessionId),
                    chargingSide.completed().get(sessionId))));
        }
        mismatches.sort(Comparator.comparing(Mismatch::sessionId).thenComparing(Mismatch::kind));
        List<String> notes = new ArrayList<>();
        if (chargingSide.note() != null) {
            notes.add(chargingSide.note());
        }
        paid.values().stream()
                .filter(p -> p.stripe() != null && !p.stripe().complete())
                .map(PaymentFacts.SessionPayments::userId).distinct()
                .forEach(u -> notes.add("user " + u + " has more Stripe objects than one page: only the first page "
                        + "was compared"));
        paid.values().stream()
                .filter(p -> p.stripe() != null && Boolean.FALSE.equals(p.stripe().customerKnown()))
                .map(PaymentFacts.SessionPayments::userId).distinct()
                .forEach(u -> notes.add("Stripe does not know the customer of user " + u));
        LOG.infof("reconciliation %s..%s%s: %d sessions, %d mismatches", from, until,
                userId == null ? "" : " of user " + userId, sessionIds.size(), mismatches.size());
        return ReconciliationReport.of(from, until, userId, stripe, chargingSide.asked(), sessionIds.size(),
                mismatches, notes);
    }

    /**
     * Sessions charging-service completed (CDR ending in the window), so that one whose SessionCompleted never
     * reached billing is seen. charging-service down is not a reason to withhold the rest of the report: it is
     * named in the notes and {@code charging_checked} is false.
     */
    private ChargingSide chargingCompleted(OffsetDateTime from, OffsetDateTime until, String userId) {
        ChargingServiceClient.CompletedSessions listed;
        try {
            listed = charging.completedSessions(from.withOffsetSameInstant(ZoneOffset.UTC),
                    until.withOffsetSameInstant(ZoneOffset.UTC), userId);
        } catch (RuntimeException e) {
            LOG.warnf("reconciliation: charging-service could not be asked: %s", e.toString());
            return new ChargingSide(false, Map.of(), "charging-service could not be asked for its completed "
                    + "sessions (" + e.getClass().getSimpleName() + "): sessions whose SessionCompleted never "
                    + "reached billing were not looked for");
        }
        Map<String, ChargingServiceClient.CompletedSession> completed = new HashMap<>();
        if (listed.sessions() != null) {
            listed.sessions().forEach(s -> completed.put(s.id(), s));
        }
        return new ChargingSide(true, completed, listed.truncated() ? "charging-service listed only the first "
                + completed.size() + " completed sessions of the window: narrow it to see the rest" : null);
    }

    private static TreeSet<String> sessionsIn(OffsetDateTime from, OffsetDateTime until, String userId) {
        TreeSet<String> ids = new TreeSet<>();
        CompletedSession.receivedBetween(from, until, userId).forEach(c -> ids.add(c.sessionId));
        Invoice.createdBetween(from, until, userId).forEach(i -> ids.add(i.sessionId.toString()));
        return ids;
    }

    private PaymentFacts paymentFacts(TreeSet<String> sessionIds, OffsetDateTime from, OffsetDateTime until,
                                      String userId, boolean stripe) {
        List<String> uuids = sessionIds.stream().filter(id -> uuid(id).isPresent()).toList();
        try {
            return payments.reconciliationFacts(new PaymentFactsQuery(uuids, from, until, userId, stripe));
        } catch (RuntimeException e) {
            LOG.warnf("reconciliation: payment-service could not be asked: %s", e.toString());
            throw new ApiException(502, "Payment service unavailable.", ErrorType.UNEXPECTED_ERROR,
                    "payment-service could not be asked for its charges; try again");
        }
    }

    private static Books load(TreeSet<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return new Books(Map.of(), Map.of(), Map.of());
        }
        List<UUID> uuids = sessionIds.stream().map(Reconciliation::uuid).flatMap(Optional::stream).toList();
        Map<String, CompletedSession> completed = new HashMap<>();
        CompletedSession.<CompletedSession>list("sessionId in ?1", List.copyOf(sessionIds))
                .forEach(c -> completed.put(c.sessionId, c));
        Map<String, Invoice> invoices = new HashMap<>();
        Map<String, Debt> debts = new HashMap<>();
        if (!uuids.isEmpty()) {
            Invoice.<Invoice>list("sessionId in ?1", uuids).forEach(i -> invoices.put(i.sessionId.toString(), i));
            Debt.<Debt>list("sessionId in ?1", uuids).forEach(d -> debts.put(d.sessionId.toString(), d));
        }
        return new Books(completed, invoices, debts);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
