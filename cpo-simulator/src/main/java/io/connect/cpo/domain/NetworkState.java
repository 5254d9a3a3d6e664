package io.connect.cpo.domain;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.network.LocationBook;
import io.connect.cpo.domain.network.Network;
import io.connect.cpo.domain.network.NetworkSource;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The CPO's live view of its network: locations (with EVSE statuses that change) and tariffs. */
@Startup
@ApplicationScoped
public class NetworkState {

    private static final Logger LOG = Logger.getLogger(NetworkState.class);

    /** Held in memory, or computed on demand for a generated network (see domain.network.LocationBook). */
    private final LocationBook locations;
    private final Map<String, Tariff> tariffs;

    NetworkState(CpoConfig config, Instance<NetworkSource> sources) {
        NetworkSource source = sources.stream().filter(s -> s.name().equals(config.network())).findFirst()
                .orElseThrow(() -> new IllegalStateException("cpo.network=" + config.network() + " is unknown; known: "
                        + sources.stream().map(NetworkSource::name).collect(Collectors.joining(", "))));
        Network network = source.load();
        this.locations = network.locations();
        Map<String, Tariff> byId = new LinkedHashMap<>();
        network.tariffs().forEach(t -> byId.put(t.id(), t));
        this.tariffs = Map.copyOf(byId);
        LOG.infof("network '%s': %d locations, %d EVSEs, %d tariffs", source.name(), locations.size(),
                locations.evseCount(), tariffs.size());
    }

    /** Adds (or replaces) a location at run time, e.g. the admin API's copies for load tests. */
    public void add(Location location) {
        locations.put(location);
    }

    public int locationCount() {
        return locations.size();
    }

    /** Locations with {@code from <= last_updated < to} (null: open), oldest first, from offset, at most limit. */
    public LocationBook.Slice locationPage(Instant from, Instant to, int offset, int limit) {
        return locations.page(from, to, offset, limit);
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
        Location location = locations.byEvseId(evseId);
        return location == null ? Optional.empty() : location.evsesOrEmpty().stream()
                .filter(e -> evseId.equals(e.evseId())).findFirst().map(e -> new EvseRef(location, e));
    }

    /**
     * Sets the status of an EVSE if its current status passes {@code expected}, atomically with respect to other
     * changes of the same location. Returns the changed EVSE, or empty when the check failed or nothing changed.
     */
    public Optional<EvseRef> changeStatus(String locationId, String evseUid, Predicate<EvseStatus> expected,
            EvseStatus status) {
        Evse[] changed = new Evse[1];
        Location updated = locations.update(locationId, location -> {
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
