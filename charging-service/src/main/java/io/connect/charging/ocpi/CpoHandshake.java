package io.connect.charging.ocpi;

import io.connect.charging.client.CpoLink;
import io.connect.charging.config.OcpiSettings;
import io.connect.charging.persistence.OcpiParty;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.model.VersionDetails;
import io.connect.ocpi.transport.OcpiCallException;
import io.connect.ocpi.transport.OcpiClient;
import io.connect.ocpi.transport.OcpiHeaders;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import io.connect.ocpi.transport.VersionDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * Our credentials handshake with a configured CPO (by key): with its TOKEN_A, GET versions and 2.2.1 details, POST our
 * credentials with a new token B, take its token C and read its endpoints again with C. PUT rotates both tokens,
 * DELETE unregisters. Calls to the CPO carry the given X-Correlation-ID.
 */
@ApplicationScoped
public class CpoHandshake {

    private static final Logger LOG = Logger.getLogger(CpoHandshake.class);

    @Inject
    OcpiSettings settings;

    @Inject
    OcpiCalls calls;

    @Inject
    PartyStore store;

    @Inject
    OurOcpiParty us;

    @Inject
    CpoLink link;

    @Inject
    IncomingTokens tokens;

    public Optional<OcpiParty> current(String cpoKey) {
        return store.registered(cpoKey);
    }

    public OcpiParty register(OcpiSettings.Cpo cpo, String tokenA, String correlationId) {
        String versionsUrl = cpo.versionsUrl();
        store.assertNotRegistered(cpo.key(), versionsUrl);
        VersionDiscovery.Discovered found = calls.discovery().discover(versionsUrl, tokenA, correlationId);
        String credentialsUrl = credentialsUrl(found.details(), found.detailsUrl());
        String tokenB = OcpiToken.generate();
        UUID id = store.startOurs(cpo.key(), versionsUrl, OcpiToken.sha256(tokenB));
        Credentials theirs = null;
        try {
            theirs = exchange("POST", credentialsUrl, tokenA, correlationId, tokenB);
            VersionDiscovery.Discovered again = calls.discovery().discover(theirs.url(), theirs.token(), correlationId);
            store.finishOurs(id, theirs, again.details());
        } catch (RuntimeException e) {
            store.drop(id);
            if (theirs != null) {
                undo(credentialsUrl, theirs.token(), correlationId);
            }
            throw e;
        } finally {
            changed();
        }
        LOG.infof("registered with CPO %s at %s (OCPI credentials handshake)", cpo.key(), versionsUrl);
        return store.find(id).orElseThrow();
    }

    public OcpiParty rotate(OcpiParty party, String correlationId) {
        String tokenB = OcpiToken.generate();
        store.beginRotation(party.id, OcpiToken.sha256(tokenB));
        try {
            Credentials theirs = exchange("PUT", credentialsUrl(party), party.tokenOut, correlationId, tokenB);
            VersionDiscovery.Discovered again = calls.discovery().discover(theirs.url(), theirs.token(), correlationId);
            store.finishRotation(party.id, theirs, again.details());
        } catch (RuntimeException e) {
            store.abortRotation(party.id);
            throw e;
        } finally {
            changed();
        }
        LOG.infof("rotated the OCPI credentials with %s", party.versionsUrl);
        return store.find(party.id).orElseThrow();
    }

    /**
     * Whether the CPO still takes our token C (GET its versions with it). A CPO that lost or revoked our
     * registration (the simulator forgets it on restart) answers 401: the registration is dropped, so commands go
     * back to the configured token until we register again. A CPO that cannot be reached proves nothing: kept.
     */
    public boolean verify(OcpiParty party) {
        try {
            calls.client().get(party.versionsUrl, party.tokenOut, OcpiHeaders.newId());
            return true;
        } catch (OcpiCallException e) {
            if (!e.unauthorized()) {
                return true;
            }
            if (!store.dropIfUnchanged(party.id, party.tokenOut)) {
                return true;
            }
            LOG.warnf("the CPO at %s no longer accepts our token C (%s): registration dropped", party.versionsUrl,
                    e.getMessage());
            changed();
            return false;
        }
    }

    /** DELETE at the CPO, then forget it; a CPO that no longer knows us (401/405) is forgotten all the same. */
    public void unregister(OcpiParty party, String correlationId) {
        try {
            calls.client().call("DELETE", credentialsUrl(party), party.tokenOut, correlationId, null);
        } catch (OcpiCallException e) {
            if (e.httpStatus() != 401 && e.httpStatus() != 405) {
                throw e;
            }
            LOG.warnf("the CPO at %s did not know us any more: %s", party.versionsUrl, e.getMessage());
        }
        store.drop(party.id);
        changed();
        LOG.infof("unregistered from the CPO at %s", party.versionsUrl);
    }

    /** The CPO registered us but we could not finish: unregister there too, so its TOKEN_A is usable again. */
    private void undo(String credentialsUrl, String tokenC, String correlationId) {
        try {
            calls.client().call("DELETE", credentialsUrl, tokenC, correlationId, null);
        } catch (OcpiCallException e) {
            LOG.warnf("could not undo the registration at %s: %s", credentialsUrl, e.getMessage());
        }
    }

    private Credentials exchange(String method, String url, String token, String correlationId, String tokenB) {
        OcpiClient.Reply reply = calls.client().call(method, url, token, correlationId, us.credentials(tokenB));
        Credentials theirs = calls.client().data(reply, Credentials.class, url);
        String problem = theirs == null ? "no Credentials object" : theirs.problem();
        if (problem == null && theirs.role("CPO") == null) {
            problem = "roles must include the CPO role";
        }
        if (problem != null) {
            throw new OcpiCallException(url, reply.httpStatus(), OcpiStatus.UNABLE_TO_USE_CLIENT_API,
                    method + " " + url + " answered unusable credentials: " + problem);
        }
        return theirs;
    }

    private String credentialsUrl(OcpiParty party) {
        return credentialsUrl(store.endpoints(party), party.versionsUrl);
    }

    private static String credentialsUrl(VersionDetails details, String where) {
        return details.url("credentials", Endpoint.RECEIVER)
                .or(() -> details.url("credentials", Endpoint.SENDER))
                .orElseThrow(() -> new OcpiCallException(where, 200, OcpiStatus.NO_MATCHING_ENDPOINTS,
                        where + " lists no credentials module"));
    }

    private void changed() {
        link.invalidate();
        tokens.forget();
    }
}
