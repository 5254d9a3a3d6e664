package io.connect.cpo.domain;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.network.Network;
import io.connect.cpo.domain.network.NetworkSource;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The CPO's live view of its network: locations (with EVSE statuses that change) and tariffs. */
@Startup
@ApplicationScoped
public class NetworkState {

    private static final Logger LOG = Logger.getLogger(NetworkState.class);

    private final Map<String, Location> locations = new ConcurrentHashMap<>();
    private final Map<String, Tariff> tariffs;
    /** evse_id → location id; the EVSE uid is looked up inside the location. */
    private final Map<String, String> locationOfEvseId = new ConcurrentHashMap<>();
    private final Map<String, String> uidOfEvseId = new ConcurrentHashMap<>();

    NetworkState(CpoConfig config, Instance<NetworkSource> sources) {
        NetworkSource source = sources.stream().filter(s -> s.name().equals(config.network())).findFirst()
                .orElseThrow(() -> new IllegalStateException("cpo.network=" + config.network() + " is unknown; known: "
                        + sources.stream().map(NetworkSource::name).collect(Collectors.joining(", "))));
        Network network = source.load();
        for (Location location : network.locations()) {
            locations.put(location.id(), location);
            for (Evse evse : location.evses()) {
                if (evse.evseId() != null) {
                    locationOfEvseId.put(evse.evseId(), location.id());
                    uidOfEvseId.put(evse.evseId(), evse.uid());
                }
            }
        }
        Map<String, Tariff> byId = new LinkedHashMap<>();
        network.tariffs().forEach(t -> byId.put(t.id(), t));
        this.tariffs = Map.copyOf(byId);
        LOG.infof("network '%s': %d locations, %d EVSEs, %d tariffs", source.name(), locations.size(),
                locationOfEvseId.size(), tariffs.size());
    }

    public Collection<Location> locations() {
        return locations.values();
    }

    public Optional<Location> location(String id) {
        return Optional.ofNullable(locations.get(id));
    }

    public Collection<Tariff> tariffs() {
        return tariffs.values();
    }

    public Optional<Tariff> tariff(String id) {
        return Optional.ofNullable(tariffs.get(id));
    }

    public List<Tariff> tariffs(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(tariffs::get).filter(t -> t != null).toList();
    }

    public Optional<EvseRef> evse(String locationId, String evseUid) {
        Location location = locations.get(locationId);
        if (location == null || evseUid == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(location.evse(evseUid)).map(e -> new EvseRef(location, e));
    }

    public Optional<EvseRef> evseByEvseId(String evseId) {
        String locationId = locationOfEvseId.get(evseId);
        return locationId == null ? Optional.empty() : evse(locationId, uidOfEvseId.get(evseId));
    }

    /**
     * Sets the status of an EVSE if its current status passes {@code expected}, atomically with respect to other
     * changes of the same location. Returns the changed EVSE, or empty when the check failed or nothing changed.
     */
    public Optional<EvseRef> changeStatus(String locationId, String evseUid, Predicate<EvseStatus> expected,
            EvseStatus status) {
        Evse[] changed = new Evse[1];
        Location updated = locations.computeIfPresent(locationId, (id, location) -> {
            Evse evse = location.evse(evseUid);
            if (evse == null || !expected.test(evse.statusValue()) || evse.statusValue() == status) {
                return location;
            }
            changed[0] = evse.withStatus(status, Times.now());
            return location.withEvse(changed[0]);
        });
        return changed[0] == null ? Optional.empty() : Optional.of(new EvseRef(updated, changed[0]));
    }
}
