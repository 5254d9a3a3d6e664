package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.payment.domain.SetupIntentService;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/users/{user_id}/setup-intents/?pm_type=card}: a SetupIntent client secret for the frontend. */
@Path("/api/v1/users/{user_id}/setup-intents/")
@Produces(MediaType.APPLICATION_JSON)
public class SetupIntentResource {

    @Inject
    SetupIntentService setupIntents;

    /** Cariqa's docs name the field both ways; we send both with the same value. */
    public record SetupIntentResponse(@JsonProperty("client_secret") String clientSecret,
                                      @JsonProperty("setup_intent_client_secret") String setupIntentClientSecret) {
    }

    @GET
    public SetupIntentResponse create(@PathParam("user_id") String userId,
                                      @QueryParam("pm_type") @DefaultValue("card") String pmType) {
        if (!"card".equals(pmType)) {
            throw ApiException.validation("pm_type", "\"" + pmType + "\" is not a valid choice; only card is supported");
        }
        String secret = setupIntents.createCardSetupIntent(Ids.pathUser(userId));
        return new SetupIntentResponse(secret, secret);
    }
}
