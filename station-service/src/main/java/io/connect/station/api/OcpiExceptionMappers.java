package io.connect.station.api;

import io.connect.ocpi.transport.OcpiException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** OCPI receivers answer their client errors in the OCPI envelope, not in Cariqa's error body. */
public class OcpiExceptionMappers {

    @ServerExceptionMapper
    public Response ocpi(OcpiException e) {
        return OcpiReplies.error(e.httpStatus(), e.statusCode(), e.getMessage());
    }
}
