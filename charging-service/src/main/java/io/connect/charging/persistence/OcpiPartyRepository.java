package io.connect.charging.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OcpiPartyRepository implements PanacheRepositoryBase<OcpiParty, UUID> {

    /** The party whose current or (during a rotation) previous incoming token has this hash. */
    public Optional<OcpiParty> byIncomingToken(String hash) {
        return find("tokenInHash = ?1 or tokenInPreviousHash = ?1", hash).firstResultOptional();
    }

    /** A party that may still register with us using the TOKEN_A of this hash. */
    public Optional<OcpiParty> byTokenA(String hash) {
        return find("tokenAHash = ?1 and status = ?2", hash, OcpiParty.Status.PENDING).firstResultOptional();
    }

    public Optional<OcpiParty> byVersionsUrl(String versionsUrl) {
        return find("versionsUrl", versionsUrl).firstResultOptional();
    }
}
