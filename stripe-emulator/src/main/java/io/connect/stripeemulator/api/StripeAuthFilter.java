package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.StripeApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guards /v1/**: a secret test key for server calls; a publishable key only where Stripe.js uses one,
 * to confirm an intent (its client_secret is then checked by the endpoint).
 */
@Provider
public class StripeAuthFilter implements ContainerRequestFilter {
    private static final Pattern PUBLISHABLE_ALLOWED =
            Pattern.compile("/?v1/(setup_intents|payment_intents)/[^/]+/confirm");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/v1/") && !path.startsWith("v1/")) {
            return;
        }
        Optional<String> key = ApiKeys.from(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (key.isEmpty()) {
            abort(request, "You did not provide an API key. You need to provide your API key in the Authorization "
                    + "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        } else if (ApiKeys.isPublishable(key.get())) {
            if (!"POST".equals(request.getMethod()) || !PUBLISHABLE_ALLOWED.matcher(path).matches()) {
                abort(request, "This API call cannot be made with a publishable API key. Please use a secret API "
                        + "key.");
            }
        } else if (!ApiKeys.isSecret(key.get())) {
            abort(request, "Invalid API Key provided: " + mask(key.get()));
        }
    }

    private static void abort(ContainerRequestContext request, String message) {
        request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(StripeApiError.unauthorized(message).body().toString()).build());
    }

    private static String mask(String key) {
        return key.length() <= 8 ? "****" : key.substring(0, Math.min(8, key.length() - 4)) + "****"
                + key.substring(key.length() - 4);
    }
}
