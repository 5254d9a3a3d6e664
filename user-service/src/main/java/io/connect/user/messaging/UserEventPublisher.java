package io.connect.user.messaging;

import io.connect.platform.outbox.OutboxWriter;
import io.connect.user.persistence.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes the user events to the outbox, keyed by user id so one user's events stay in order. */
@ApplicationScoped
public class UserEventPublisher {

    public static final String CREATED = "user.created.v1";
    public static final String UPDATED = "user.updated.v1";
    public static final String DELETED = "user.deleted.v1";

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "connect.topics.users")
    String topic;

    public void created(AppUser user) {
        publish(CREATED, user);
    }

    public void updated(AppUser user) {
        publish(UPDATED, user);
    }

    public void deleted(AppUser user) {
        publish(DELETED, user);
    }

    private void publish(String type, AppUser user) {
        String id = user.id.toString();
        outbox.publish(topic, id, type, id,
                new UserEventData(id, user.partnerId.toString(), user.email, user.locale));
    }
}
