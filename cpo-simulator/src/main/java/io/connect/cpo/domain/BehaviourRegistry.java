package io.connect.cpo.domain;

import io.connect.cpo.config.CpoConfig;
import io.connect.ocpi.model.CommandResultType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Scripted per-EVSE behaviour (admin API), falling back to the configured defaults. */
@ApplicationScoped
public class BehaviourRegistry {

    private final Map<String, Behaviour> overrides = new ConcurrentHashMap<>();
    private final Behaviour defaults;

    BehaviourRegistry(CpoConfig config) {
        this.defaults = new Behaviour("ACCEPTED", CommandResultType.ACCEPTED, CommandResultType.ACCEPTED,
                config.commandLatency().toMillis(), true, config.energyRateKw(), false, false, 0, false);
    }

    public Behaviour of(String evseId) {
        Behaviour override = evseId == null ? null : overrides.get(evseId);
        return override == null ? defaults : override.over(defaults);
    }

    public Behaviour script(String evseId, Behaviour override) {
        overrides.put(evseId, override);
        return of(evseId);
    }

    public void reset(String evseId) {
        overrides.remove(evseId);
    }
}
