package io.connect.charging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;
import java.util.Optional;

/**
 * {@code connect.ocpi.cpos.<key>.*}: CPOs besides the default one ({@code connect.ocpi.cpo-*}), under the same keys
 * as station-service's {@code connect.cpos.<key>}.
 */
@ConfigMapping(prefix = "connect.ocpi.cpos")
public interface MoreCpos {

    @WithParentName
    Map<String, Cpo> all();

    interface Cpo {
        /** The CPO's 2.2.1 base, used while no handshake gave us its endpoints. */
        String url();

        /** The configured token C, used while no handshake gave us one. */
        String token();

        String versionsUrl();

        /** Its TOKEN_A: when present, we register with that CPO at start-up. */
        Optional<String> tokenA();
    }
}
