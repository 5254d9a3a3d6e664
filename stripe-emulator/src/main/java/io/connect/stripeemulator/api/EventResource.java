package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.StripeEvent;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/v1/events")
public class EventResource {

    @Inject
    StripeCall call;

    @Inject
    ObjectStore store;

    @GET
    public Response list(@Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> {
            p.allowOnly("type", "types", "limit", "starting_after", "ending_before", "created", "delivery_success");
            String type = p.text("type");
            List<String> types = p.list("types");
            return ListPage.of("/v1/events", store.all(StripeEvent.class, e -> matches(e.type, type)
                    && (types == null || types.contains(e.type))), p);
        });
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> store.require(StripeEvent.class, id, "event", "id"));
    }

    /** Stripe's type filter accepts a trailing wildcard: "payment_intent.*". */
    private static boolean matches(String eventType, String filter) {
        if (filter == null) {
            return true;
        }
        return filter.endsWith("*") ? eventType.startsWith(filter.substring(0, filter.length() - 1))
                : eventType.equals(filter);
    }
}
