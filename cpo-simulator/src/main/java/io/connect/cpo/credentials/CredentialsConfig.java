package io.connect.cpo.credentials;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code cpo.credentials.*}: the simulator's side of the OCPI credentials handshake. */
@ConfigMapping(prefix = "cpo.credentials")
public interface CredentialsConfig {

    /** The CREDENTIALS_TOKEN_A handed to an eMSP out of band; absent: no eMSP can register. */
    Optional<String> tokenA();

    /** Our role in the Credentials object. */
    @WithDefault("DE")
    String countryCode();

    @WithDefault("CIQ")
    String partyId();

    @WithDefault("Connect CPO simulator")
    String businessName();
}
