package io.connect.cpo.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

@ConfigMapping(prefix = "cpo")
public interface CpoConfig {

    /** Which {@code NetworkSource} builds the network. */
    @WithDefault("default")
    String network();

    /** Default and maximum page size of the OCPI list endpoints. */
    @WithDefault("100")
    int pageLimit();

    /** The token the eMSP presents to us (its CREDENTIALS_TOKEN_C), sent Base64-encoded. */
    String emspTokenC();

    /** The token we present to the eMSP (our CREDENTIALS_TOKEN_B). */
    String emspTokenB();

    Emsp emsp();

    /** Time the "charger" takes before the CommandResult is sent. */
    Duration commandLatency();

    /** How often an active session is PATCHed with its progress (read by the scheduler). */
    Duration progressInterval();

    /** The timeout (seconds) announced in CommandResponse. */
    @WithDefault("30")
    int commandTimeout();

    /** Charging power of a session unless the EVSE's scripted behaviour says otherwise. */
    BigDecimal energyRateKw();

    /** Energy at which a session stops drawing power (it stays ACTIVE until stopped). */
    BigDecimal batteryCapacityKwh();

    Push push();

    interface Emsp {
        String sessionsUrl();

        String cdrsUrl();

        String locationsUrl();
    }

    interface Push {
        /** Attempts per push (Session, CDR, CommandResult) before giving up; EVSE status is sent once. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("PT0.5S")
        Duration initialBackoff();

        @WithDefault("PT5S")
        Duration timeout();
    }
}
