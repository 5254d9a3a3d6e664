package io.connect.charging.ocpi;

import io.connect.ocpi.transport.OcpiException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class OcpiExceptionMapper {

    @ServerExceptionMapper
    public Response map(OcpiException e) {
        return OcpiResponses.error(e.httpStatus(), e.statusCode(), e.getMessage());
    }
}
