package io.connect.events;

import java.util.List;

/** Every event type with a published schema (architecture.md §5 and §7), with its topic. */
public final class EventTypes {

    public static final String CHARGING_SESSIONS_TOPIC = "connect.charging.sessions.v1";
    public static final String BILLING_TOPIC = "connect.billing.v1";
    public static final String USERS_TOPIC = "connect.users.v1";
    public static final String PAYMENTS_TOPIC = "connect.payments.v1";
    public static final String EVSE_STATUS_TOPIC = "connect.stations.evse-status.v1";

    public static final String SESSION_STARTED = "charging.session.started.v1";
    public static final String SESSION_PROGRESS = "charging.session.progress.v1";
    public static final String SESSION_COMPLETED = "charging.session.completed.v1";
    public static final String SESSION_FAILED = "charging.session.failed.v1";

    public static final List<String> ALL = List.of(
            SESSION_STARTED, SESSION_PROGRESS, SESSION_COMPLETED, SESSION_FAILED,
            "billing.invoice.issued.v1", "billing.payment.failed.v1", "billing.debt.opened.v1",
            "billing.debt.settled.v1",
            "user.created.v1", "user.updated.v1", "user.deleted.v1",
            "payment.method.attached.v1", "payment.method.detached.v1",
            "payment.preauthorization.created.v1", "payment.preauthorization.released.v1",
            "station.evse.status-changed.v1");

    /** Schema files that are not event types but that the event schemas reference. */
    public static final List<String> SHARED = List.of("cloudevent", "common");

    private EventTypes() {
    }
}
