package io.connect.billing.api;

import io.connect.billing.persistence.BillingDetails;
import io.connect.platform.errors.ApiException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A user's billing details. GET before any PUT answers 404 {@code {"detail"}} (the spec lists 404 for this
 * operation, and an empty object would violate its required line1/postal_code). PUT replaces them whole.
 */
@Path("/api/v1/users/{userId}/billing-details/")
@Produces(MediaType.APPLICATION_JSON)
public class BillingDetailsResource {

    @GET
    @Transactional
    public BillingDetailsBody get(@PathParam("userId") String userId) {
        BillingDetails row = BillingDetails.findById(userId);
        if (row == null) {
            throw ApiException.detailOnly(404, "Billing details were not found.");
        }
        return BillingDetailsBody.of(row);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public BillingDetailsBody put(@PathParam("userId") String userId, BillingDetailsBody body) {
        if (body == null) {
            throw ApiException.validation("line1", "This field is required.");
        }
        BillingDetailsBody valid = body.validated();
        BillingDetails row = BillingDetails.findById(userId);
        if (row == null) {
            row = new BillingDetails();
            row.userId = userId;
            valid.copyTo(row);
            row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            row.persist();
        } else {
            valid.copyTo(row);
            row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return BillingDetailsBody.of(row);
    }
}
