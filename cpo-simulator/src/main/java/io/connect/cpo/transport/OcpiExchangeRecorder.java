package io.connect.cpo.transport;

import io.connect.cpo.api.OcpiAuthFilter;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.jaxrs.OcpiMessageIds;
import io.connect.ocpi.transport.OcpiHeaders;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every OCPI request we answered in {@link OcpiExchanges}: the ids it came with, the ids we echoed
 * ({@link OcpiMessageIds} chose them) and the kind of token it presented.
 */
public class OcpiExchangeRecorder {

    private final OcpiExchanges exchanges;

    OcpiExchangeRecorder(OcpiExchanges exchanges) {
        this.exchanges = exchanges;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(OcpiMessageIds.REQUEST_ID);
        if (requestId == null) {
            return;
        }
        Object caller = request.getProperty(OcpiAuthFilter.KIND);
        exchanges.record(new OcpiExchanges.Exchange(Times.now(), "IN", request.getMethod(),
                request.getUriInfo().getPath(), request.getHeaderString(OcpiHeaders.REQUEST_ID),
                request.getHeaderString(OcpiHeaders.CORRELATION_ID), response.getStatus(), requestId.toString(),
                String.valueOf(request.getProperty(OcpiMessageIds.CORRELATION_ID)),
                caller == null ? null : caller.toString()));
    }
}
