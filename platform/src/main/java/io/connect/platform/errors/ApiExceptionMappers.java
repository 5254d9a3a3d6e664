package io.connect.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into Cariqa's error body; nothing a client sends may end in a 500 with a stack trace. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.body());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            fields.computeIfAbsent(fieldName(v), k -> new ArrayList<>()).add(v.getMessage());
        }
        String details = fields.entrySet().stream()
                .map(f -> f.getKey() + ": " + String.join(", ", f.getValue()))
                .collect(Collectors.joining("; "));
        return api(new ApiException(400, "Invalid input.", ErrorType.VALIDATION_ERROR, details)
                .withErrorField("fields", fields));
    }

    @ServerExceptionMapper
    public Response jsonProblem(JsonProcessingException e) {
        return api(bodyProblem(e));
    }

    /** Quarkus REST ships its own (empty 400) mappers for these two; ours name the field. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return api(bodyProblem(e));
    }

    @ServerExceptionMapper
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e) {
        return api(bodyProblem(e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return api(bodyProblem(jpe));
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return json(404, Map.of("detail", "Not found."));
        }
        if (e instanceof NotAllowedException) {
            return json(405, Map.of("detail", "Method not allowed."));
        }
        if (status == 415) {
            return api(new ApiException(415, "Unsupported media type.", ErrorType.VALIDATION_ERROR,
                    "send the body as application/json"));
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400) {
            return api(new ApiException(400, "Invalid input.", ErrorType.VALIDATION_ERROR,
                    e.getMessage() == null ? "the request could not be read" : e.getMessage()));
        }
        return json(status, Map.of("detail", e.getMessage() == null ? "Request refused." : e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (nulRefusedByDatabase(e)) {
            return api(new ApiException(400, "Invalid input.", ErrorType.VALIDATION_ERROR,
                    "text " + io.connect.platform.api.NulCharacterFilter.PROBLEM));
        }
        if (databaseOutOfReach(e)) {
            LOG.warnf("database out of reach: %s", e.getMessage());
            return retryLater(api(ApiException.temporarilyUnavailable("the database")));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", reference);
        return api(new ApiException(500, "Unexpected error.", ErrorType.UNEXPECTED_ERROR,
                "reference " + reference));
    }

    /**
     * A lost or refused connection (SQLState class 08), a server shutting down or restarting (57P01-57P03), the
     * server out of connection slots (53300) or no pooled connection in time: nothing was written.
     */
    private static boolean databaseOutOfReach(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                            || "53300".equals(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    static Response retryLater(Response response) {
        return Response.fromResponse(response).header("Retry-After", "1").build();
    }

    /** Safety net behind the filter and the JSON reader: PostgreSQL refusing U+0000 is the client's input. */
    private static boolean nulRefusedByDatabase(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("0x00")) {
                return true;
            }
        }
        return false;
    }

    private static ApiException bodyProblem(JsonProcessingException e) {
        if (e instanceof NulCharacterException n) {
            return ApiException.validation(n.getPath().isEmpty() ? "body" : path(n),
                    io.connect.platform.api.NulCharacterFilter.PROBLEM);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiException.validation(u.getPropertyName(), "unknown field");
        }
        if (e instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
            return ApiException.validation(path(f), "has the wrong type or format");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return ApiException.validation(path(m), "has the wrong type");
        }
        return new ApiException(400, "Invalid input.", ErrorType.VALIDATION_ERROR,
                "the body is not valid JSON: " + e.getOriginalMessage());
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** "create.arg0.email" becomes "email": clients know the field, not our method names. */
    private static String fieldName(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }

    static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
