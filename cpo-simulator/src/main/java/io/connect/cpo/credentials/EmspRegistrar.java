package io.connect.cpo.credentials;

import io.connect.cpo.domain.NetworkState;
import io.connect.cpo.domain.Times;
import io.connect.cpo.transport.OcpiExchanges;
import io.connect.ocpi.model.BusinessDetails;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.model.CredentialsRole;
import io.connect.ocpi.transport.OcpiCallException;
import io.connect.ocpi.transport.OcpiClient;
import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import io.connect.ocpi.transport.VersionDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The CPO side of the credentials handshake: reads the eMSP's versions and 2.2.1 endpoints with the token B it
 * sent, issues our token C, and answers with our own Credentials object.
 */
@ApplicationScoped
public class EmspRegistrar {

    private static final Logger LOG = Logger.getLogger(EmspRegistrar.class);

    private final CredentialsRegistry registry;
    private final CredentialsConfig config;
    private final OcpiExchanges exchanges;
    private final NetworkState network;
    private final VersionDiscovery discovery = new VersionDiscovery(new OcpiClient(Duration.ofSeconds(10)));

    EmspRegistrar(CredentialsRegistry registry, CredentialsConfig config, OcpiExchanges exchanges,
            NetworkState network) {
        this.registry = registry;
        this.config = config;
        this.exchanges = exchanges;
        this.network = network;
    }

    /** Registers the eMSP (POST with TOKEN_A, or PUT replacing {@code replacing}) and returns our credentials. */
    public Credentials register(Credentials theirs, String replacing, String ourVersionsUrl, String correlationId) {
        String problem = theirs == null ? "a Credentials body is required" : theirs.problem();
        if (problem == null && theirs.role("EMSP") == null) {
            problem = "roles must include the EMSP role";
        }
        if (problem != null) {
            throw OcpiException.invalid(problem);
        }
        VersionDiscovery.Discovered found;
        try {
            found = discovery.discover(theirs.url(), theirs.token(), correlationId);
        } catch (OcpiCallException e) {
            int status = e.ocpiStatus() / 1000 == 3 ? e.ocpiStatus() : OcpiStatus.UNABLE_TO_USE_CLIENT_API;
            throw new OcpiException(400, status, "Cannot use the eMSP's API: " + e.getMessage());
        }
        found.calls().forEach(this::record);
        String tokenC = OcpiToken.generate();
        registry.register(new EmspRegistration(tokenC, theirs, found.details(), Times.now()), replacing);
        LOG.infof("eMSP %s/%s registered (versions %s)", theirs.role("EMSP").countryCode(),
                theirs.role("EMSP").partyId(), theirs.url());
        return ours(tokenC, ourVersionsUrl);
    }

    /**
     * Our Credentials object carrying the token the eMSP is to use: a CPO role for every party whose locations and
     * tariffs we serve (the configured party first, the others by country and party id: the network's tariff
     * order can change while it runs), as a platform running several operators announces them.
     */
    public Credentials ours(String token, String ourVersionsUrl) {
        BusinessDetails business = new BusinessDetails(config.businessName(), null, null);
        Map<String, CredentialsRole> roles = new LinkedHashMap<>();
        roles.put(config.countryCode() + "*" + config.partyId(),
                new CredentialsRole("CPO", business, config.partyId(), config.countryCode()));
        network.tariffs().stream().map(t -> t.countryCode() + "*" + t.partyId()).sorted()
                .forEach(key -> roles.putIfAbsent(key, new CredentialsRole("CPO", business,
                        key.substring(key.indexOf('*') + 1), key.substring(0, key.indexOf('*')))));
        return new Credentials(token, ourVersionsUrl, List.copyOf(roles.values()));
    }

    private void record(OcpiClient.Reply call) {
        exchanges.record(new OcpiExchanges.Exchange(Times.now(), "OUT", call.method(), call.url(), call.requestId(),
                call.correlationId(), call.httpStatus(), call.answeredRequestId(), call.answeredCorrelationId(),
                null));
    }
}
