package io.connect.charging.ocpi;

import io.connect.charging.config.Json;
import io.connect.charging.persistence.OcpiParty;
import io.connect.charging.persistence.OcpiPartyRepository;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.model.CredentialsRole;
import io.connect.ocpi.model.VersionDetails;
import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The short transactions of the credentials handshakes. Calls to the other party happen between them, never
 * inside one, so a slow CPO holds no database connection.
 */
@ApplicationScoped
public class PartyStore {

    @Inject
    OcpiPartyRepository parties;

    @Inject
    Json json;

    @Transactional
    public Optional<OcpiParty> find(UUID id) {
        return parties.findByIdOptional(id);
    }

    /** The registration with the CPO of this key, whoever started the handshake (one per key). */
    @Transactional
    public Optional<OcpiParty> registered(String cpoKey) {
        return parties.find("cpoKey = ?1 and status = ?2", cpoKey, OcpiParty.Status.REGISTERED).firstResultOptional();
    }

    /** Every completed registration, by CPO key (those without a key last). */
    @Transactional
    public List<OcpiParty> allRegistered() {
        return parties.list("status = ?1 order by cpoKey nulls last, createdAt", OcpiParty.Status.REGISTERED);
    }

    /** Refuses a second registration for a CPO key or with the same CPO before any call to it is made. */
    @Transactional
    public void assertNotRegistered(String cpoKey, String versionsUrl) {
        if (registered(cpoKey).isPresent() || parties.byVersionsUrl(versionsUrl)
                .filter(p -> p.status == OcpiParty.Status.REGISTERED).isPresent()) {
            throw new AlreadyRegistered(cpoKey, versionsUrl);
        }
    }

    /** A handshake of ours begins: the token B we are about to send must already open our versions endpoint. */
    @Transactional
    public UUID startOurs(String cpoKey, String versionsUrl, String tokenBHash) {
        parties.byVersionsUrl(versionsUrl).ifPresent(existing -> {
            if (existing.status == OcpiParty.Status.REGISTERED) {
                throw new AlreadyRegistered(cpoKey, versionsUrl);
            }
            parties.delete(existing);
        });
        parties.flush();
        OcpiParty party = new OcpiParty();
        party.id = UUID.randomUUID();
        party.initiatedBy = OcpiParty.Initiator.US;
        party.cpoKey = cpoKey;
        party.status = OcpiParty.Status.PENDING;
        party.versionsUrl = versionsUrl;
        party.tokenInHash = tokenBHash;
        parties.persist(party);
        return party.id;
    }

    @Transactional
    public void finishOurs(UUID id, Credentials theirs, VersionDetails details) {
        OcpiParty party = parties.findById(id);
        describe(party, theirs, details);
        party.status = OcpiParty.Status.REGISTERED;
    }

    /** A TOKEN_A we hand out of band; a CPO registers with it once, as the CPO of {@code cpoKey} (may be null). */
    @Transactional
    public UUID issueTokenA(String tokenAHash, String cpoKey) {
        if (cpoKey != null && registered(cpoKey).isPresent()) {
            throw new AlreadyRegistered(cpoKey, "a CPO");
        }
        OcpiParty party = new OcpiParty();
        party.id = UUID.randomUUID();
        party.initiatedBy = OcpiParty.Initiator.THEM;
        party.cpoKey = cpoKey;
        party.status = OcpiParty.Status.PENDING;
        party.tokenAHash = tokenAHash;
        parties.persist(party);
        return party.id;
    }

    /** A CPO registered (POST) or updated (PUT) its credentials with us; {@code tokenInHash} is our new token. */
    @Transactional
    public void acceptTheirs(UUID id, Credentials theirs, VersionDetails details, String tokenInHash) {
        OcpiParty party = parties.findByIdOptional(id).orElseThrow(() -> new OcpiException(405,
                OcpiStatus.GENERIC_CLIENT_ERROR, "Not registered."));
        parties.byVersionsUrl(theirs.url()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new OcpiException(405, OcpiStatus.GENERIC_CLIENT_ERROR,
                    "A party with versions URL " + theirs.url() + " is registered already.");
        });
        describe(party, theirs, details);
        party.status = OcpiParty.Status.REGISTERED;
        party.tokenAHash = null;
        party.tokenInHash = tokenInHash;
        party.tokenInPreviousHash = null;
    }

    /** A rotation of ours begins: the new token B works at once, the current one until the CPO confirmed. */
    @Transactional
    public void beginRotation(UUID id, String newTokenBHash) {
        OcpiParty party = parties.findById(id);
        party.tokenInPreviousHash = party.tokenInHash;
        party.tokenInHash = newTokenBHash;
    }

    @Transactional
    public void finishRotation(UUID id, Credentials theirs, VersionDetails details) {
        OcpiParty party = parties.findById(id);
        describe(party, theirs, details);
        party.tokenInPreviousHash = null;
    }

    @Transactional
    public void abortRotation(UUID id) {
        OcpiParty party = parties.findById(id);
        if (party != null && party.tokenInPreviousHash != null) {
            party.tokenInHash = party.tokenInPreviousHash;
            party.tokenInPreviousHash = null;
        }
    }

    /** Drops a registration whose token C was refused, unless a rotation is under way or already replaced it. */
    @Transactional
    public boolean dropIfUnchanged(UUID id, String tokenOut) {
        OcpiParty party = parties.findById(id);
        if (party == null || !tokenOut.equals(party.tokenOut) || party.tokenInPreviousHash != null) {
            return false;
        }
        parties.delete(party);
        return true;
    }

    @Transactional
    public boolean drop(UUID id) {
        return parties.deleteById(id);
    }

    public VersionDetails endpoints(OcpiParty party) {
        return json.read(party.endpoints, VersionDetails.class);
    }

    /** The CPO roles (parties) of a registration: those of its Credentials, else the one stored before roles were. */
    public List<CredentialsRole> cpoRoles(OcpiParty party) {
        if (party.cpoRoles != null) {
            return List.of(json.read(party.cpoRoles, CredentialsRole[].class));
        }
        return party.partyId == null ? List.of()
                : List.of(new CredentialsRole("CPO", null, party.partyId, party.countryCode));
    }

    private void describe(OcpiParty party, Credentials theirs, VersionDetails details) {
        CredentialsRole cpo = theirs.role("CPO");
        party.tokenOut = theirs.token();
        party.versionsUrl = theirs.url();
        party.endpoints = json.write(details);
        party.countryCode = cpo.countryCode();
        party.partyId = cpo.partyId();
        party.businessName = cpo.businessDetails().name();
        party.cpoRoles = json.write(theirs.roles().stream().filter(r -> "CPO".equals(r.role())).toList());
    }

    /** Our handshake with a CPO we are registered with already (rotate with PUT instead). */
    public static class AlreadyRegistered extends RuntimeException {
        AlreadyRegistered(String cpoKey, String versionsUrl) {
            super("CPO \"" + cpoKey + "\" is registered (or " + versionsUrl
                    + " is) already: rotate the tokens with PUT or unregister first.");
        }
    }
}
