package io.connect.station.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** OCPI receivers answer their client errors in the OCPI envelope, not in Cariqa's error body. */
public class OcpiExceptionMappers {

    @ServerExceptionMapper
    public Response badRequest(OcpiBodies.BadOcpiRequest e) {
        return OcpiResponse.error(400, OcpiResponse.INVALID_PARAMETERS, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownLocation(OcpiBodies.UnknownLocation e) {
        return OcpiResponse.error(404, OcpiResponse.UNKNOWN_LOCATION, e.getMessage());
    }
}
