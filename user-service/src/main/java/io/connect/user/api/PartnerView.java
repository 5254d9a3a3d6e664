package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.user.domain.PartnerService.PartnerWithTokens;
import io.connect.user.persistence.ApiToken;

import java.time.OffsetDateTime;
import java.util.List;

/** A partner in the admin listing: its tokens appear by id and display prefix only. */
public record PartnerView(String id, String name, @JsonProperty("created_at") OffsetDateTime createdAt,
                          List<TokenView> tokens) {

    public record TokenView(String id,
                            @JsonProperty("token_prefix") String tokenPrefix,
                            @JsonProperty("created_at") OffsetDateTime createdAt,
                            @JsonProperty("revoked_at") OffsetDateTime revokedAt) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id.toString(), t.tokenPrefix, t.createdAt, t.revokedAt);
        }
    }

    static PartnerView of(PartnerWithTokens p) {
        return new PartnerView(p.partner().id.toString(), p.partner().name, p.partner().createdAt,
                p.tokens().stream().map(TokenView::of).toList());
    }
}
