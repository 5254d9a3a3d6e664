package io.connect.charging.ocpi;

import io.connect.charging.client.CpoLink;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.transport.OcpiCallException;
import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import io.connect.ocpi.transport.VersionDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The receiving side of the credentials module: a CPO registers with a TOKEN_A we issued (POST), updates its
 * credentials (PUT, which also gives it a new token for us) or unregisters (DELETE). Before we answer we read
 * its versions and 2.2.1 endpoints with the token it sent.
 */
@ApplicationScoped
public class PartyCredentials {

    private static final Logger LOG = Logger.getLogger(PartyCredentials.class);

    @Inject
    OcpiCalls calls;

    @Inject
    PartyStore store;

    @Inject
    OurOcpiParty us;

    @Inject
    IncomingTokens tokens;

    @Inject
    CpoLink link;

    public Credentials register(IncomingTokens.Caller caller, Credentials theirs, String correlationId) {
        if (caller.kind() != IncomingTokens.Kind.TOKEN_A) {
            throw notAllowed("Registered already: update with PUT or unregister with DELETE.");
        }
        return accept(caller, theirs, correlationId);
    }

    public Credentials update(IncomingTokens.Caller caller, Credentials theirs, String correlationId) {
        if (caller.kind() != IncomingTokens.Kind.PARTY) {
            throw notAllowed("Not registered: register with POST and a TOKEN_A first.");
        }
        return accept(caller, theirs, correlationId);
    }

    public void unregister(IncomingTokens.Caller caller) {
        if (caller.kind() != IncomingTokens.Kind.PARTY || !store.drop(caller.partyId())) {
            throw notAllowed("Not registered: nothing to unregister.");
        }
        changed();
        LOG.infof("OCPI party %s unregistered", caller.partyId());
    }

    private Credentials accept(IncomingTokens.Caller caller, Credentials theirs, String correlationId) {
        String problem = theirs == null ? "a Credentials body is required" : theirs.problem();
        if (problem == null && theirs.role("CPO") == null) {
            problem = "roles must include the CPO role";
        }
        if (problem != null) {
            throw OcpiException.invalid(problem);
        }
        VersionDiscovery.Discovered found;
        try {
            found = calls.discovery().discover(theirs.url(), theirs.token(), correlationId);
        } catch (OcpiCallException e) {
            int status = e.ocpiStatus() / 1000 == 3 ? e.ocpiStatus() : OcpiStatus.UNABLE_TO_USE_CLIENT_API;
            throw new OcpiException(400, status, "Cannot use your API: " + e.getMessage());
        }
        String ours = OcpiToken.generate();
        store.acceptTheirs(caller.partyId(), theirs, found.details(), OcpiToken.sha256(ours));
        changed();
        LOG.infof("OCPI party %s/%s registered with us (versions %s)", theirs.role("CPO").countryCode(),
                theirs.role("CPO").partyId(), theirs.url());
        return us.credentials(ours);
    }

    private void changed() {
        tokens.forget();
        link.invalidate();
    }

    private static OcpiException notAllowed(String why) {
        return new OcpiException(405, OcpiStatus.GENERIC_CLIENT_ERROR, why);
    }
}
