package io.connect.cpo.api;

import io.connect.ocpi.transport.OcpiException;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.transport.OcpiResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** OCPI paths answer errors in the OCPI envelope; the admin API answers {"detail": "..."}. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response ocpi(OcpiException e) {
        return Response.status(e.httpStatus()).type(MediaType.APPLICATION_JSON)
                .entity(OcpiResponse.of(null, e.statusCode(), e.getMessage(), Times.now())).build();
    }

    @ServerExceptionMapper
    public Response admin(AdminException e) {
        return Response.status(e.httpStatus()).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("detail", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return badBody(e, uri);
    }

    @ServerExceptionMapper
    public Response badInput(MismatchedInputException e, UriInfo uri) {
        return badBody(e, uri);
    }

    /** Quarkus REST wraps JSON syntax errors in a 400 WebApplicationException; other ones pass unchanged. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badBody(json, uri);
        }
        return e.getResponse();
    }

    private static Response badBody(JsonProcessingException e, UriInfo uri) {
        String problem = "Invalid JSON body: " + e.getOriginalMessage();
        if (uri.getPath().startsWith("/ocpi/")) {
            return new ErrorMappers().ocpi(OcpiException.invalid(problem));
        }
        return new ErrorMappers().admin(AdminException.badRequest(problem));
    }
}
