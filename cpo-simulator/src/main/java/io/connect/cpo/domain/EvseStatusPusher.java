package io.connect.cpo.domain;

import io.connect.cpo.client.EmspClient;
import io.connect.cpo.config.CpoConfig;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Changes EVSE statuses and tells the eMSP's locations receiver, best effort (pull is the source of truth). */
@ApplicationScoped
public class EvseStatusPusher {

    private final NetworkState state;
    private final EmspClient client;
    private final String locationsUrl;

    EvseStatusPusher(NetworkState state, EmspClient client, CpoConfig config) {
        this.state = state;
        this.client = client;
        this.locationsUrl = Urls.trimSlash(config.emsp().locationsUrl());
    }

    /** Applies the change if the current status passes {@code expected}; returns the changed EVSE. */
    public Optional<EvseRef> change(String locationId, String evseUid, Predicate<EvseStatus> expected,
            EvseStatus status) {
        Optional<EvseRef> changed = state.changeStatus(locationId, evseUid, expected, status);
        changed.ifPresent(this::push);
        return changed;
    }

    /** A whole Location PUT to the eMSP (with retries: a missed one would only show at the next pull). */
    public Uni<Void> pushLocation(Location location) {
        String url = locationsUrl + "/" + location.countryCode() + "/" + location.partyId() + "/"
                + Urls.segment(location.id());
        return client.send(HttpMethod.PUT, url, location);
    }

    private void push(EvseRef ref) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("status", ref.evse().status());
        patch.put("last_updated", ref.evse().lastUpdated());
        String url = locationsUrl + "/" + ref.location().countryCode() + "/" + ref.location().partyId() + "/"
                + Urls.segment(ref.location().id()) + "/" + Urls.segment(ref.evse().uid());
        client.sendOnce(HttpMethod.PATCH, url, patch).subscribe().with(ignored -> {
        });
    }
}
