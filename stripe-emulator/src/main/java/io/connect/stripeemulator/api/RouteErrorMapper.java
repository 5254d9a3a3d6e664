package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.StripeApiError;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown URLs and methods answer as Stripe does: {"error": {"type": "invalid_request_error", ...}}. */
@Provider
public class RouteErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = e instanceof NotFoundException || e instanceof NotAllowedException
                ? "Unrecognized request URL (" + uri.getPath() + "). The Stripe emulator serves a subset of Stripe's "
                        + "API: see stripe-emulator/README.md."
                : e.getMessage();
        StripeApiError error = new StripeApiError(e instanceof NotAllowedException ? 404 : status,
                "invalid_request_error", null, null, null, message);
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error.body().toString())
                .build();
    }
}
