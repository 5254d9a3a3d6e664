package io.connect.cpo.domain;

import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.GeoLocation;
import io.connect.ocpi.model.Location;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies of one location with their own ids and AVAILABLE EVSEs, added to the network and pushed to the eMSP:
 * enough distinct EVSEs for a load test of starts (each start needs its own free EVSE). Copy {@code n} of
 * location {@code L} has id {@code bench-<n>-<L>} (cut to 36 characters) and EVSE ids
 * {@code <cc>*<pid>*EBENCH<n>*<i>}; numbers go on from one request to the next.
 */
@ApplicationScoped
public class LocationCopies {

    private static final BigDecimal STEP = new BigDecimal("0.0001");

    private final NetworkState state;
    private final EvseStatusPusher pusher;
    private final BehaviourRegistry behaviours;
    private final AtomicInteger copiesMade = new AtomicInteger();

    LocationCopies(NetworkState state, EvseStatusPusher pusher, BehaviourRegistry behaviours) {
        this.state = state;
        this.pusher = pusher;
        this.behaviours = behaviours;
    }

    /** @return the EVSE ids of the copies, once every copy has been pushed (or its push given up) */
    public Optional<Uni<List<String>>> copy(String locationId, int count, Behaviour behaviour) {
        return state.location(locationId).map(original -> {
            List<Uni<Void>> pushes = new ArrayList<>();
            List<String> evseIds = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Location copy = copyOf(original, copiesMade.incrementAndGet(), Times.now());
                state.add(copy);
                copy.evsesOrEmpty().forEach(e -> {
                    evseIds.add(e.evseId());
                    if (behaviour != null) {
                        behaviours.script(e.evseId(), behaviour);
                    }
                });
                pushes.add(pusher.pushLocation(copy).onFailure().recoverWithNull());
            }
            return Uni.join().all(pushes).andCollectFailures().replaceWith(evseIds);
        });
    }

    static Location copyOf(Location original, int n, Instant now) {
        String number = String.format("%05d", n);
        String id = ("bench-" + number + "-" + original.id());
        id = id.substring(0, Math.min(36, id.length()));
        List<Evse> evses = new ArrayList<>();
        int i = 0;
        for (Evse evse : original.evsesOrEmpty()) {
            i++;
            String evseId = original.countryCode() + "*" + original.partyId() + "*EBENCH" + number + "*" + i;
            evses.add(new Evse("BENCH" + number + "-" + i, evseId, EvseStatus.AVAILABLE.name(), evse.capabilities(),
                    evse.connectors(), now));
        }
        GeoLocation at = original.coordinates();
        GeoLocation moved = at == null ? null : new GeoLocation(
                new BigDecimal(at.latitude()).add(STEP.multiply(BigDecimal.valueOf(n)))
                        .setScale(6, RoundingMode.HALF_UP).toPlainString(),
                at.longitude());
        return new Location(original.countryCode(), original.partyId(), id, original.publish(),
                original.name() + " (copy " + n + ")", original.address(), original.city(), original.postalCode(),
                original.state(), original.country(), moved, original.parkingType(), evses, original.operator(),
                original.facilities(), original.timeZone(), original.openingTimes(), original.chargingWhenClosed(),
                now);
    }
}
