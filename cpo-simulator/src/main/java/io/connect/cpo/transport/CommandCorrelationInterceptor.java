package io.connect.cpo.transport;

import io.connect.ocpi.jaxrs.OcpiMessageIds;
import io.connect.ocpi.model.StartSession;
import io.connect.ocpi.model.StopSession;
import io.connect.ocpi.transport.OcpiHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/** Notes the X-Correlation-ID of each command as its body is read, for the pushes that command causes. */
@Provider
public class CommandCorrelationInterceptor implements ReaderInterceptor {

    private final PushCorrelations correlations;

    CommandCorrelationInterceptor(PushCorrelations correlations) {
        this.correlations = correlations;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        Object correlationId = context.getProperty(OcpiMessageIds.CORRELATION_ID);
        if (correlationId == null) {
            correlationId = context.getHeaders().getFirst(OcpiHeaders.CORRELATION_ID);
        }
        if (correlationId != null) {
            if (body instanceof StartSession start) {
                correlations.command(start.responseUrl(), start.authorizationReference(), correlationId.toString());
            } else if (body instanceof StopSession stop) {
                correlations.command(stop.responseUrl(), null, correlationId.toString());
            }
        }
        return body;
    }
}
