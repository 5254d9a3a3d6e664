package io.connect.cpo.api;

import io.connect.cpo.domain.NetworkState;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the network is loaded and non-empty. */
@Readiness
@ApplicationScoped
public class NetworkHealthCheck implements HealthCheck {

    private final NetworkState state;

    NetworkHealthCheck(NetworkState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cpo-network")
                .status(state.locationCount() > 0)
                .withData("locations", state.locationCount())
                .withData("tariffs", state.tariffs().size())
                .build();
    }
}
