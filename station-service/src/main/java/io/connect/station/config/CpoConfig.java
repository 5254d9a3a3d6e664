package io.connect.station.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** {@code connect.cpos.<name>.*}: the CPOs whose OCPI Locations and Tariffs we pull. */
@ConfigMapping(prefix = "connect.cpos")
public interface CpoConfig {

    @WithParentName
    Map<String, Cpo> all();

    interface Cpo {
        /** OCPI Locations sender endpoint, e.g. http://127.0.0.1:8090/ocpi/cpo/2.2.1/locations */
        String locationsUrl();

        String tariffsUrl();

        /** Our credentials token at this CPO (sent as {@code Token base64(token)}). */
        String token();

        @WithDefault("false")
        boolean isPartner();

        Optional<String> supportPhone();

        /** Shown when the OCPI operator has no logo. */
        Optional<String> logoUrl();

        @WithDefault("30.00")
        BigDecimal preAuthorizationAmount();

        /** Most blocking fee one session can cost (excl. VAT); none when unset. */
        Optional<BigDecimal> blockingCap();

        @WithDefault("true")
        boolean enabled();
    }
}
