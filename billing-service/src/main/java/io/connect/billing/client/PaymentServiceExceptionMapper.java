package io.connect.billing.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** 4xx → {@link PaymentRejectedException} (not retried); 5xx stays a WebApplicationException (retried). */
public class PaymentServiceExceptionMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (response.getStatus() < 500) {
            return new PaymentRejectedException(response.getStatus(), body);
        }
        return new WebApplicationException("payment-service answered " + response.getStatus() + ": " + body,
                response.getStatus());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
