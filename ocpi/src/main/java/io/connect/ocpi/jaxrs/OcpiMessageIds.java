package io.connect.ocpi.jaxrs;

import io.connect.ocpi.transport.OcpiHeaders;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * For every request to an {@code /ocpi/} path of an application that has this jar: its X-Request-ID and
 * X-Correlation-ID (made up when the caller sent none) are kept on the request, for the calls it causes, and
 * echoed on the response, refusals included, as OCPI 2.2.1 asks. Runs before authentication and off the worker
 * pool; Quarkus REST finds it in this jar's Jandex index.
 */
@Provider
@NonBlocking
@Priority(Priorities.AUTHENTICATION - 100)
public class OcpiMessageIds implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String REQUEST_ID = "ocpi.request-id";
    public static final String CORRELATION_ID = "ocpi.correlation-id";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/ocpi/")) {
            request.setProperty(REQUEST_ID, OcpiHeaders.orNew(request.getHeaderString(OcpiHeaders.REQUEST_ID)));
            request.setProperty(CORRELATION_ID,
                    OcpiHeaders.orNew(request.getHeaderString(OcpiHeaders.CORRELATION_ID)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle(OcpiHeaders.REQUEST_ID, requestId);
            response.getHeaders().putSingle(OcpiHeaders.CORRELATION_ID, request.getProperty(CORRELATION_ID));
        }
    }

    /** The correlation id of the OCPI request being handled (a new one outside an OCPI request). */
    public static String correlationId(ContainerRequestContext request) {
        Object id = request.getProperty(CORRELATION_ID);
        return id != null ? id.toString() : OcpiHeaders.newId();
    }
}
