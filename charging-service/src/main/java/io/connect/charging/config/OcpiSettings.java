package io.connect.charging.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code connect.ocpi.*}: where the CPOs are, the configured tokens both ways (used until a credentials handshake
 * replaced them), each CPO's TOKEN_A for that handshake, our own public base and our party in Credentials. The
 * default CPO ({@code connect.ocpi.default-cpo}, "sim") is configured by {@code connect.ocpi.cpo-*}, others by
 * {@code connect.ocpi.cpos.<key>.*} ({@link MoreCpos}).
 */
@ApplicationScoped
public class OcpiSettings {

    /** One configured CPO: its key, commands base and token C (fallbacks), versions URL and TOKEN_A. */
    public record Cpo(String key, String url, String token, String versionsUrl, Optional<String> tokenA) {
    }

    @ConfigProperty(name = "connect.ocpi.default-cpo", defaultValue = "sim")
    String defaultCpo;

    @Inject
    MoreCpos moreCpos;

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

    /** The key of the CPO configured by {@code connect.ocpi.cpo-*} (sessions without a CPO key belong to it). */
    public String defaultCpo() {
        return defaultCpo;
    }

    /** Every configured CPO by key, the default one included. */
    public Map<String, Cpo> cpos() {
        Map<String, Cpo> all = new TreeMap<>();
        all.put(defaultCpo, new Cpo(defaultCpo, trimSlash(cpoUrl), cpoToken, cpoVersionsUrl, cpoTokenA()));
        moreCpos.all().forEach((key, c) -> all.put(key, new Cpo(key, trimSlash(c.url()), c.token(),
                c.versionsUrl(), c.tokenA().filter(t -> !t.isBlank()))));
        return all;
    }

    public Optional<Cpo> cpo(String key) {
        return Optional.ofNullable(cpos().get(key));
    }

    /** The configured token B the CPO calls us with (empty: only tokens from a handshake are accepted). */
    public Optional<String> emspToken() {
        return emspToken.filter(t -> !t.isBlank());
    }

    private Optional<String> cpoTokenA() {
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
