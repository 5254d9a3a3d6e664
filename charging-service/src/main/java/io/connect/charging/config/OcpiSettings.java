package io.connect.charging.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code connect.ocpi.*}: where the CPO is, the configured tokens both ways (used until a credentials handshake
 * replaced them), the CPO's TOKEN_A for that handshake, our own public base and our party in Credentials.
 */
@ApplicationScoped
public class OcpiSettings {

    @ConfigProperty(name = "connect.ocpi.cpo-url")
    String cpoUrl;

    @ConfigProperty(name = "connect.ocpi.cpo-token")
    String cpoToken;

    @ConfigProperty(name = "connect.ocpi.emsp-token")
    Optional<String> emspToken;

    @ConfigProperty(name = "connect.ocpi.public-url")
    String publicUrl;

    @ConfigProperty(name = "connect.ocpi.cpo-versions-url")
    String cpoVersionsUrl;

    @ConfigProperty(name = "connect.ocpi.cpo-token-a")
    Optional<String> cpoTokenA;

    @ConfigProperty(name = "connect.ocpi.country-code", defaultValue = "DE")
    String countryCode;

    @ConfigProperty(name = "connect.ocpi.party-id", defaultValue = "CNT")
    String partyId;

    @ConfigProperty(name = "connect.ocpi.business-name", defaultValue = "Connect")
    String businessName;

    @ConfigProperty(name = "connect.ocpi.call-timeout", defaultValue = "PT10S")
    Duration callTimeout;

    /** The CPO's 2.2.1 base from configuration, used while no handshake gave us its endpoints. */
    public String cpoUrl() {
        return trimSlash(cpoUrl);
    }

    /** The configured token C we call the CPO with while no handshake gave us one. */
    public String cpoToken() {
        return cpoToken;
    }

    /** The configured token B the CPO calls us with (empty: only tokens from a handshake are accepted). */
    public Optional<String> emspToken() {
        return emspToken.filter(t -> !t.isBlank());
    }

    public String cpoVersionsUrl() {
        return cpoVersionsUrl;
    }

    /** The configured CPO's TOKEN_A: when present, we register with that CPO at start-up. */
    public Optional<String> cpoTokenA() {
        return cpoTokenA.filter(t -> !t.isBlank());
    }

    /** Our OCPI base as the CPO reaches it, e.g. http://127.0.0.1:8084/ocpi/emsp/2.2.1. */
    public String emspBase() {
        return trimSlash(publicUrl) + "/ocpi/emsp/2.2.1";
    }

    /** Our versions endpoint as the CPO reaches it. */
    public String versionsUrl() {
        return trimSlash(publicUrl) + "/ocpi/emsp/versions";
    }

    public String countryCode() {
        return countryCode;
    }

    public String partyId() {
        return partyId;
    }

    public String businessName() {
        return businessName;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
