package io.connect.platform.api;

import io.connect.platform.errors.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * PostgreSQL text cannot hold U+0000, so a query or path parameter carrying one ({@code ?search=a%00b}) would
 * fail deep in a query as a 500; refuse it up front with a 400 naming the parameter.
 */
public class NulCharacterFilter {

    public static final String PROBLEM = "must not contain the NUL character (U+0000)";

    @ServerRequestFilter(priority = Priorities.USER)
    public void refuseNul(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> params) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().indexOf('\0') >= 0) {
                throw ApiException.validation("query", "a parameter name " + PROBLEM);
            }
            for (String value : e.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw ApiException.validation(e.getKey(), PROBLEM);
                }
            }
        }
    }
}
