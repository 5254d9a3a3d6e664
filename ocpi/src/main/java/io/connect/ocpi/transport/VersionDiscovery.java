package io.connect.ocpi.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.ocpi.model.Version;
import io.connect.ocpi.model.VersionDetails;

import java.util.List;

/**
 * The first half of the credentials handshake, the same for both roles: GET the other party's versions, pick
 * 2.2.1, GET its details. Failures carry OCPI 3002 (no common version) or 3003 (no endpoints).
 */
public final class VersionDiscovery {

    public static final String VERSION = "2.2.1";

    /** The chosen version's details, where they were read, and the two calls made. */
    public record Discovered(String detailsUrl, VersionDetails details, List<OcpiClient.Reply> calls) {
    }

    private final OcpiClient client;

    public VersionDiscovery(OcpiClient client) {
        this.client = client;
    }

    public Discovered discover(String versionsUrl, String token, String correlationId) {
        OcpiClient.Reply versions = client.get(versionsUrl, token, correlationId);
        String detailsUrl = null;
        if (versions.data().isArray()) {
            for (JsonNode entry : versions.data()) {
                Version version = client.convert(entry, Version.class, versionsUrl);
                if (VERSION.equals(version.version()) && version.url() != null) {
                    detailsUrl = version.url();
                }
            }
        }
        if (detailsUrl == null) {
            throw new OcpiCallException(versionsUrl, versions.httpStatus(), OcpiStatus.UNSUPPORTED_VERSION,
                    versionsUrl + " does not offer OCPI " + VERSION);
        }
        OcpiClient.Reply detailsReply = client.get(detailsUrl, token, correlationId);
        VersionDetails details = client.data(detailsReply, VersionDetails.class, detailsUrl);
        if (details.endpoints() == null || details.endpoints().isEmpty()) {
            throw new OcpiCallException(detailsUrl, 200, OcpiStatus.NO_MATCHING_ENDPOINTS,
                    detailsUrl + " lists no endpoints");
        }
        return new Discovered(detailsUrl, details, List.of(versions, detailsReply));
    }
}
