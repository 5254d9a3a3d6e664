package io.connect.cpo.credentials;

import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.model.VersionDetails;
import java.time.Instant;

/** An eMSP registered through the credentials module: the token C we issued, its token B and its endpoints. */
public record EmspRegistration(String tokenC, Credentials theirs, VersionDetails endpoints, Instant registeredAt) {

    public String tokenB() {
        return theirs.token();
    }
}
