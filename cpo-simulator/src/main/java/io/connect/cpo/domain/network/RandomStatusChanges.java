package io.connect.cpo.domain.network;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.EvseStatusPusher;
import io.connect.cpo.domain.NetworkState;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * On the generated network, EVSEs change status at random ({@code cpo.generator.status-changes-per-second}) and
 * each change is pushed to the eMSP like any other (EvseStatusPusher). Which EVSE and which status come from one
 * seeded stream, so a run replays the same sequence of changes. CHARGING EVSEs are left alone and never chosen
 * as a target: charging belongs to sessions.
 */
@ApplicationScoped
public class RandomStatusChanges {

    private final boolean active;
    private final double perSecond;
    private final NetworkState state;
    private final EvseStatusPusher pusher;
    private final StatusChangeDraws draws;
    private double due;

    RandomStatusChanges(CpoConfig cpo, GeneratorConfig config, NetworkState state, EvseStatusPusher pusher) {
        this.active = "europe".equals(cpo.network()) && config.statusChangesPerSecond() > 0;
        this.perSecond = config.statusChangesPerSecond();
        this.state = state;
        this.pusher = pusher;
        this.draws = new StatusChangeDraws(config.seed(), config.locations());
    }

    @Scheduled(every = "1s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void tick() {
        if (!active) {
            return;
        }
        due += perSecond;
        for (; due >= 1; due--) {
            changeOne();
        }
    }

    /** One draw of the seeded stream: an EVSE and a new status, applied unless it is CHARGING or unchanged. */
    synchronized void changeOne() {
        StatusChangeDraws.Draw draw = draws.next();
        Location location = state.location(draw.locationId()).orElse(null);
        if (location == null || location.evsesOrEmpty().isEmpty()) {
            return;
        }
        Evse evse = location.evsesOrEmpty().get(draw.evsePick() % location.evsesOrEmpty().size());
        pusher.change(draw.locationId(), evse.uid(), current -> current != EvseStatus.CHARGING, draw.target());
    }
}
