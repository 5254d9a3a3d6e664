package io.connect.charging.domain;

import io.connect.charging.persistence.ChargingSessionRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Carries "this start is decided" to whichever replica holds the waiting request, through PostgreSQL
 * LISTEN/NOTIFY. The change that decides a start (a CommandResult recorded, the session turned ACTIVE or
 * completed) sends a NOTIFY in its own transaction, so it is delivered only once committed. Each replica has
 * one listening connection and one thread reading it, whatever the number of waiting starts; a replica that
 * holds no waiter for the notified start ignores it. A notification lost while the connection is re-opened
 * only makes that start answer at its timeout, from the database, as before.
 */
@ApplicationScoped
public class StartSignals {

    static final String CHANNEL = "charging_start";
    private static final Logger LOG = Logger.getLogger(StartSignals.class);
    private static final int POLL_MS = 500;

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    CommandWaiters waiters;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    void start(@Observes StartupEvent ignored) {
        running = true;
        listener = new Thread(this::listen, "charging-start-signals");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        closeQuietly(connection);
    }

    /** In the caller's transaction: the CPO's CommandResult for a START_SESSION. */
    public void commandResult(UUID commandUid, String result) {
        send("C " + commandUid + " " + result);
    }

    /** In the caller's transaction: the session left STARTING (the CPO's Session or CDR, or the watchdog). */
    public void sessionSettled(UUID sessionId) {
        send("S " + sessionId);
    }

    private void send(String payload) {
        sessions.getEntityManager().createNativeQuery("SELECT count(*) FROM pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", payload).getSingleResult();
    }

    /** Applies one notification to the waiters of this replica. */
    void dispatch(String payload) {
        String[] parts = payload.split(" ");
        try {
            if (parts.length == 3 && parts[0].equals("C")) {
                CommandOutcome outcome = CommandOutcome.parse(parts[2]);
                // a TIMEOUT result does not end the wait: the session may still come (OCPI issue #475)
                if (!outcome.mayStillStart()) {
                    waiters.complete(UUID.fromString(parts[1]), outcome);
                }
            } else if (parts.length == 2 && parts[0].equals("S")) {
                waiters.completeForSession(UUID.fromString(parts[1]), CommandOutcome.ACCEPTED);
            } else {
                LOG.warnf("ignored a malformed start signal: %s", payload);
            }
        } catch (IllegalArgumentException e) {
            LOG.warnf("ignored a malformed start signal: %s", payload);
        }
    }

    private void listen() {
        long backoffMs = 250;
        while (running) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                LOG.debugf("listening on %s", CHANNEL);
                backoffMs = 250;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("start signals: listening connection lost (%s), reconnecting", e.toString());
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // shutting down
        }
    }
}
