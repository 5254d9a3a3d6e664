package io.connect.user.api;

import io.connect.platform.errors.ApiException;
import io.connect.user.domain.PartnerService;
import io.connect.user.domain.PartnerService.IssuedToken;
import io.connect.user.domain.PartnerService.NewPartner;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

/** Operator's API: partners and their tokens. Guarded by {@link AdminAuthFilter}. */
@Path("/admin/v1/partners/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminPartnerResource {

    @Inject
    PartnerService partners;

    @POST
    @ResponseStatus(201)
    public PartnerCreated create(PartnerCreateRequest body) {
        if (body == null) {
            throw ApiException.validation("name", "this field is required");
        }
        NewPartner created = partners.create(body.name());
        return new PartnerCreated(created.partner().id.toString(), created.partner().name, created.plainToken());
    }

    @GET
    public List<PartnerView> list() {
        return partners.list().stream().map(PartnerView::of).toList();
    }

    @POST
    @Path("{id}/tokens/")
    @ResponseStatus(201)
    public TokenIssued issueToken(@PathParam("id") String partnerId) {
        IssuedToken issued = partners.issueToken(partnerId);
        return new TokenIssued(issued.token().id.toString(), issued.plainToken());
    }

    @DELETE
    @Path("{id}/tokens/{tokenId}/")
    @ResponseStatus(204)
    public void revokeToken(@PathParam("id") String partnerId, @PathParam("tokenId") String tokenId) {
        partners.revokeToken(partnerId, tokenId);
    }
}
