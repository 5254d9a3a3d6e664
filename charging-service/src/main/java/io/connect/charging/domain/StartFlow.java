package io.connect.charging.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.charging.client.BillingClient;
import io.connect.charging.client.BillingGateway;
import io.connect.charging.client.CpoGateway;
import io.connect.charging.client.PaymentClient;
import io.connect.charging.client.PaymentGateway;
import io.connect.charging.client.StationClient.EvseSnapshot;
import io.connect.charging.client.StationGateway;
import io.connect.charging.config.Json;
import io.connect.charging.config.OcpiSettings;
import io.connect.charging.config.Times;
import io.connect.charging.metrics.ChargingMetrics;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.OcpiCommand;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * POST /charging/start/: checks, STARTING session, pre-authorisation, START_SESSION, then waits for the CPO's
 * CommandResult on a future. No thread is held while a neighbour or the CPO answers: the calls are non-blocking,
 * and only the short database steps run on {@link StartSteps}' threads. The independent checks (EVSE snapshot,
 * payment method) run at once; billing's (debt and billing data) follows, as its rules need the station's country.
 * Refusals keep their order whatever answers first: already charging, open debt, payment method, EVSE, billing data.
 */
@ApplicationScoped
public class StartFlow {

    private static final Logger LOG = Logger.getLogger(StartFlow.class);
    private static final String DETAIL = "Charging Error";

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    BillingGateway billing;

    @Inject
    PaymentGateway payment;

    @Inject
    StationGateway stations;

    @Inject
    CpoGateway cpo;

    @Inject
    CommandWaiters waiters;

    @Inject
    StartSteps steps;

    @Inject
    StartAdmission admission;

    @Inject
    OcpiSettings ocpi;

    @Inject
    Json json;

    @Inject
    ChargingMetrics metrics;

    @ConfigProperty(name = "connect.charging.start-timeout", defaultValue = "PT30S")
    Duration startTimeout;

    public Uni<ChargingSession> start(UUID userId, String partnerId, String evseId, String paymentMethodId) {
        return metrics.timedStart(admission.admit(() -> Uni.createFrom().item(() -> refuseIfCharging(userId))
                        .runSubscriptionOn(steps)
                        .chain(() -> checkedEvse(userId, evseId, paymentMethodId))
                        .emitOn(steps)
                        .map(evse -> new Starting(lifecycle.createStarting(userId, partnerId, paymentMethodId, evse),
                                evse))
                        .chain(this::preAuthorize) // ends on a step thread
                        .chain(this::sendStart))
                .chain(pending -> Uni.createFrom().completionStage(pending.result())
                        .ifNoItem().after(startTimeout).recoverWithItem(CommandOutcome.NO_ANSWER)
                        .emitOn(steps)
                        .map(outcome -> conclude(pending, outcome))));
    }

    private record Pending(UUID sessionId, UUID commandUid, CompletableFuture<CommandOutcome> result) {
    }

    private record Starting(ChargingSession session, EvseSnapshot evse) {
    }

    /** A neighbour's answer, or why there is none (kept until every answer is in, for the refusals' order). */
    private record Answer<T>(T value, Throwable failure) {
        static <T> Uni<Answer<T>> of(Uni<T> call) {
            return call.onItemOrFailure().transform(Answer::new);
        }
    }

    // local check first: it needs no neighbour and is the most common refusal
    private Void refuseIfCharging(UUID userId) {
        if (lifecycle.hasOpenSession(userId)) {
            throw SessionLifecycle.alreadyCharging();
        }
        return null;
    }

    /** The neighbours' checks; fails with the first refusal in the fixed order, else gives the EVSE's snapshot. */
    private Uni<EvseSnapshot> checkedEvse(UUID userId, String evseId, String paymentMethodId) {
        Uni<Answer<Optional<PaymentClient.PaymentMethod>>> card =
                Answer.of(payment.paymentMethod(userId.toString(), paymentMethodId));
        Uni<Answer<Optional<EvseSnapshot>>> station = Answer.of(stations.evse(evseId));
        return Uni.combine().all().unis(card, station).asTuple().chain(answers -> {
            Answer<Optional<EvseSnapshot>> evse = answers.getItem2();
            String country = evse.value() == null ? null : evse.value().map(StartFlow::stationCountry).orElse(null);
            return Answer.of(billing.startEligibility(userId, country)).map(eligibility -> {
                BillingClient.StartEligibility billingAnswer = answered(eligibility, "billing-service");
                refuseOpenDebt(billingAnswer.openDebt());
                if (answered(answers.getItem1(), "payment-service").isEmpty()) {
                    throw new ApiException(400, DETAIL, ErrorType.PAYMENT_METHOD_ERROR,
                            "Payment method " + paymentMethodId + " does not belong to this user.");
                }
                EvseSnapshot snapshot = available(evse, evseId);
                BillingReadinessCheck.refuseUnready(billingAnswer.billingReadiness(), country);
                return snapshot;
            });
        });
    }

    private static void refuseOpenDebt(BillingClient.OpenDebt debt) {
        if (debt.hasOpenDebt()) {
            throw new ApiException(402, DETAIL, ErrorType.PAYMENT_ERROR,
                    "The user has unpaid charging sessions; settle the debt before charging again.")
                    .withBodyField("debt_details", Map.of(
                            "amount", debt.amount() == null ? "0.00" : debt.amount().setScale(2).toPlainString(),
                            "currency", debt.currency() == null ? "EUR" : debt.currency(),
                            "sessions", debt.sessions() == null ? java.util.List.of() : debt.sessions()));
        }
    }

    /** Country rules (Italy) need data on the invoice; checked at start because the station's country counts. */
    private static String stationCountry(EvseSnapshot evse) {
        JsonNode country = evse.stationInfo() == null ? null : evse.stationInfo().get("country");
        return country == null || country.isNull() ? null : country.asText();
    }

    private static EvseSnapshot available(Answer<Optional<EvseSnapshot>> answer, String evseId) {
        if (answer.failure() instanceof ApiException refusal) {
            throw refusal;
        }
        if (answer.failure() != null) {
            LOG.warnf("station-service unavailable: %s", answer.failure().toString());
            throw new ApiException(424, DETAIL, ErrorType.STATION_AVAILABILITY_ISSUE,
                    "Station data could not be fetched; try again later.");
        }
        EvseSnapshot evse = answer.value().orElseThrow(() -> ApiException.detailOnly(404,
                "EVSE " + evseId + " was not found."));
        if (!"AVAILABLE".equalsIgnoreCase(evse.status())) {
            throw new ApiException(409, DETAIL, ErrorType.STATION_AVAILABILITY_ISSUE,
                    "EVSE " + evseId + " is not available (" + evse.status() + ").");
        }
        return evse;
    }

    private Uni<ChargingSession> preAuthorize(Starting starting) {
        ChargingSession session = starting.session();
        JsonNode tariff = starting.evse().tariffSnapshot();
        BigDecimal amount = decimal(tariff == null ? null : tariff.get("pre_authorization_amount"));
        if (amount == null || amount.signum() <= 0) {
            LOG.warnf("session %s: the tariff snapshot has no pre_authorization_amount, no hold taken", session.id);
            return Uni.createFrom().item(session);
        }
        String currency = tariff.path("currency").asText("eur");
        return payment.preAuthorize(new PaymentClient.PreAuthorizationRequest(session.id.toString(),
                        session.userId.toString(), session.paymentMethodId,
                        amount.setScale(2, java.math.RoundingMode.HALF_UP), currency))
                .emitOn(steps)
                // onFailure().transform replaces the failure; throwing from onItemOrFailure() would wrap both in a
                // CompositeException that no mapper knows (a 500 instead of the partner's 402)
                .onFailure().transform(failure -> {
                    if (failure instanceof PaymentGateway.PreAuthorizationRefused refused) {
                        lifecycle.fail(session.id, "PRE_AUTHORIZATION_FAILED");
                        return passOn(refused.body());
                    }
                    LOG.warnf("session %s: pre-authorisation did not complete: %s", session.id, failure.toString());
                    failAndRelease(session.id, "PRE_AUTHORIZATION_UNAVAILABLE");
                    return new ApiException(424, DETAIL, ErrorType.UNEXPECTED_ERROR,
                            "The payment provider could not be reached; no charging session was started.");
                })
                .map(hold -> {
                    lifecycle.recordPreAuthorization(session.id, new Hold(hold.paymentIntentId(),
                            hold.amount() == null ? amount.setScale(2).toPlainString()
                                    : hold.amount().setScale(2).toPlainString(),
                            hold.currency() == null ? currency : hold.currency()));
                    return session;
                });
    }

    /** The pre-authorisation as the session and its events carry it. */
    public record Hold(String paymentIntentId, String amount, String currency) {
    }

    /** On a step thread: the command row, the waiter, then START_SESSION; gives the CPO's immediate answer. */
    private Uni<Pending> sendStart(ChargingSession session) {
        OcpiCommand command = lifecycle.newCommand(session.id, "START_SESSION");
        CompletableFuture<CommandOutcome> result = waiters.register(command.uid, session.id);
        Pending pending = new Pending(session.id, command.uid, result);
        // on this step thread: resolving the CPO's URL and token may read the database
        return cpo.sendAsync(session.cpoKey, "START_SESSION", startBody(session, command.uid))
                .emitOn(steps)
                .onFailure().transform(failure -> {
                    waiters.forget(command.uid);
                    LOG.warnf("session %s: START_SESSION could not be sent: %s", session.id, failure.toString());
                    failAndRelease(session.id, "CPO_UNREACHABLE");
                    return providerError("The charge point operator could not be reached.");
                })
                .map(answer -> {
                    CommandOutcome outcome = CommandOutcome.parse(answer);
                    if (!outcome.accepted()) {
                        waiters.forget(command.uid);
                        conclude(pending, outcome);
                    }
                    return pending;
                });
    }

    private ObjectNode startBody(ChargingSession s, UUID commandUid) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("response_url", ocpi.emspBase() + "/commands/START_SESSION/" + commandUid);
        ObjectNode token = body.putObject("token");
        token.put("country_code", "DE");
        token.put("party_id", "CNT");
        token.put("uid", s.userId.toString());
        token.put("type", "APP_USER");
        token.put("contract_id", "DE-CNT-" + s.userId);
        token.put("issuer", "Connect");
        token.put("valid", true);
        token.put("whitelist", "ALLOWED");
        token.put("last_updated", Times.ocpi(ChargingSession.now()));
        body.put("location_id", s.locationId);
        body.put("evse_uid", s.evseUid);
        body.put("connector_id", s.connectorId);
        body.put("authorization_reference", s.id.toString());
        return body;
    }

    /** Applies the outcome; the session is returned when it started, otherwise the partner's error is thrown. */
    ChargingSession conclude(Pending pending, CommandOutcome outcome) {
        waiters.forget(pending.commandUid());
        StartEnd end = lifecycle.finishStart(pending.sessionId(), pending.commandUid(), outcome);
        if (end.releaseHold()) {
            release(pending.sessionId());
        }
        ChargingSession s = end.session();
        if (s.state != SessionState.FAILED) {
            return s;
        }
        CommandOutcome why = CommandOutcome.parse(s.failureReason);
        if (why.stationUnavailable()) {
            throw new ApiException(409, DETAIL, ErrorType.STATION_AVAILABILITY_ISSUE,
                    "The charge point reported " + s.failureReason + ".");
        }
        throw providerError(CommandOutcome.NO_ANSWER.name().equals(s.failureReason)
                ? "The charge point operator did not confirm the start in time."
                : "The charge point operator did not start the session (" + s.failureReason + ").");
    }

    private void failAndRelease(UUID sessionId, String reason) {
        if (lifecycle.fail(sessionId, reason)) {
            release(sessionId);
        }
    }

    /** payment-service's release is idempotent; one that fails is left to the watchdog (release_pending). */
    public void release(UUID sessionId) {
        try {
            payment.release(sessionId.toString());
        } catch (RuntimeException e) {
            LOG.warnf("session %s: pre-authorisation not released, retried later: %s", sessionId, e.toString());
            lifecycle.markReleasePending(sessionId, true);
        }
    }

    private static ApiException providerError(String details) {
        return new ApiException(424, DETAIL, ErrorType.CHARGING_PROVIDER_ERROR, details);
    }

    /** payment-service's 402 body, as it is. */
    private static ApiException passOn(JsonNode body) {
        JsonNode error = body == null ? null : body.get("error");
        String detail = body == null ? DETAIL : body.path("detail").asText(DETAIL);
        String type = error == null ? ErrorType.PRE_AUTHORIZATION_FAILED
                : error.path("type").asText(ErrorType.PRE_AUTHORIZATION_FAILED);
        String details = error == null ? "The card could not be pre-authorised." : error.path("details").asText(null);
        ApiException e = new ApiException(402, detail, type, details);
        if (error != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = error.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getKey().equals("type") && !f.getKey().equals("details")) {
                    e.withErrorField(f.getKey(), f.getValue());
                }
            }
        }
        return e;
    }

    /** The neighbour's answer, or the partner's 424 when it could not answer (its own refusals pass on). */
    private static <T> T answered(Answer<T> answer, String neighbour) {
        if (answer.failure() == null) {
            return answer.value();
        }
        if (answer.failure() instanceof ApiException refusal) {
            throw refusal;
        }
        LOG.warnf("%s unavailable: %s", neighbour, answer.failure().toString());
        throw new ApiException(424, DETAIL, ErrorType.UNEXPECTED_ERROR,
                neighbour + " could not be reached; no charging session was started. Try again later.");
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
