package io.connect.station.api;

import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import io.connect.station.client.CpoRegistration;
import io.connect.station.client.CpoRegistrations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * CPOs pushing to our eMSP endpoints ({@code /ocpi/...}) must send {@code Authorization: Token base64(token)}
 * (OCPI 2.2.1; the plain token, as OCPI 2.1 clients send it, is accepted too): the token B charging-service issued
 * to that CPO in the credentials handshake ({@link CpoRegistrations}), which may push only for the parties that
 * CPO runs ({@code /{country_code}/{party_id}/...}, else 403), or the configured {@code connect.ocpi.emsp-token}.
 * Otherwise HTTP 401. Runs on the worker thread: an unknown token may make it ask charging-service.
 */
public class OcpiTokenFilter {

    @ConfigProperty(name = "connect.ocpi.emsp-token")
    String emspToken;

    @Inject
    CpoRegistrations registrations;

    @Inject
    PushingCpo pushing;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/ocpi/")) {
            return null;
        }
        String header = request.getHeaderString(OcpiToken.HEADER);
        String credential = OcpiToken.credential(header);
        if (credential == null) {
            return OcpiReplies.error(401, OcpiStatus.GENERIC_CLIENT_ERROR, "Missing Authorization: Token header");
        }
        if (OcpiToken.matchesEncodedOrPlain(credential, emspToken)) {
            return null;
        }
        Optional<CpoRegistration> cpo = registrations.byTokenB(OcpiToken.candidates(header));
        if (cpo.isEmpty()) {
            return OcpiReplies.error(401, OcpiStatus.GENERIC_CLIENT_ERROR, "Unknown token");
        }
        List<String> segments = List.of(path.split("/"));
        // /ocpi/emsp/2.2.1/{module}/{country_code}/{party_id}/...
        if (segments.size() > 6 && !cpo.get().runs(segments.get(5), segments.get(6))) {
            return OcpiReplies.error(403, OcpiStatus.GENERIC_CLIENT_ERROR, "CPO " + cpo.get().cpoKey()
                    + " may push only for its own parties, not for " + segments.get(5) + "/" + segments.get(6));
        }
        pushing.registered(cpo.get());
        return null;
    }
}
