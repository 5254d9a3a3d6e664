package io.connect.charging.ocpi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.charging.persistence.OcpiParty;
import io.connect.ocpi.model.CredentialsRole;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.model.VersionDetails;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * What station-service needs of each CPO registration (internal token required): the parties the CPO runs, its
 * Locations and Tariffs sender endpoints, token C for pulling them, and the SHA-256 of the token B we issued
 * (and, during a rotation, of the previous one) to check its pushes. Asked over HTTP rather than published as an
 * event so token C never lands on Kafka (docs/architecture.md §9). Registrations without a CPO key are left out.
 */
@Path("/internal/v1/ocpi/cpo-credentials")
@Produces(MediaType.APPLICATION_JSON)
public class CpoCredentialsResource {

    public record Party(String countryCode, String partyId) {
    }

    public record CpoCredentials(String cpoKey, List<Party> parties, String locationsUrl, String tariffsUrl,
                                 String tokenC, @JsonProperty("token_b_sha256") String tokenBSha256,
                                 @JsonProperty("previous_token_b_sha256") String previousTokenBSha256) {

        /** Token C is a secret: never in a log line or an exception message. */
        @Override
        public String toString() {
            return "CpoCredentials[" + cpoKey + " " + parties + "]";
        }
    }

    @Inject
    PartyStore store;

    @GET
    public List<CpoCredentials> list() {
        return store.allRegistered().stream().filter(p -> p.cpoKey != null).map(this::credentials).toList();
    }

    private CpoCredentials credentials(OcpiParty party) {
        VersionDetails endpoints = store.endpoints(party);
        List<Party> parties = store.cpoRoles(party).stream()
                .map((CredentialsRole r) -> new Party(r.countryCode(), r.partyId())).toList();
        return new CpoCredentials(party.cpoKey, parties, sender(endpoints, "locations"),
                sender(endpoints, "tariffs"), party.tokenOut, party.tokenInHash, party.tokenInPreviousHash);
    }

    private static String sender(VersionDetails endpoints, String module) {
        return endpoints.url(module, Endpoint.SENDER).orElse(null);
    }
}
