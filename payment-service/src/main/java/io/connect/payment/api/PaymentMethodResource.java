package io.connect.payment.api;

import io.connect.payment.domain.PaymentMethodService;
import io.connect.platform.api.Page;
import io.connect.platform.api.PageRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** A user's saved payment methods (the partner and the user were checked by PartnerAuthFilter). */
@Path("/api/v1/users/{user_id}/payment-methods")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    @Inject
    PaymentMethodService paymentMethods;

    @GET
    @Path("/")
    @Transactional
    public Page<PaymentMethodView> list(@PathParam("user_id") String userId, @QueryParam("page") String page,
                                        @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, pageSize);
        UUID user = Ids.pathUser(userId);
        long count = paymentMethods.count(user);
        return Page.of(request, count, paymentMethods.list(user, request), uri).map(PaymentMethodView::of);
    }

    @POST
    @Path("/{pm}/default/")
    public Response makeDefault(@PathParam("user_id") String userId, @PathParam("pm") String pm) {
        paymentMethods.makeDefault(Ids.pathUser(userId), pm);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{pm}/")
    public Response delete(@PathParam("user_id") String userId, @PathParam("pm") String pm) {
        UUID user = Ids.pathUser(userId);
        paymentMethods.delete(user, pm);
        return Response.noContent().build();
    }
}
