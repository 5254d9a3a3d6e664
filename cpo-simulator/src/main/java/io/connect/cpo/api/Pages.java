package io.connect.cpo.api;

import io.connect.ocpi.transport.OcpiLinks;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.transport.OcpiResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Paginates an OCPI list oldest first, with X-Total-Count, X-Limit and a Link to the next page. */
final class Pages {

    private Pages() {
    }

    static <T> Response page(Collection<T> items, Function<T, Instant> lastUpdated, Function<T, String> id,
            PageRequest request, int maxLimit, UriInfo uri) {
        int offset = request.offset();
        int limit = request.limit(maxLimit);
        Instant from = request.dateFrom();
        Instant to = request.dateTo();
        List<T> matching = items.stream()
                .filter(item -> from == null || !lastUpdated.apply(item).isBefore(from))
                .filter(item -> to == null || lastUpdated.apply(item).isBefore(to))
                .sorted(Comparator.comparing(lastUpdated).thenComparing(id))
                .toList();
        List<T> page = matching.subList(Math.min(offset, matching.size()),
                (int) Math.min((long) offset + limit, matching.size()));
        return response(page, matching.size(), offset, limit, uri);
    }

    /** The response for one page already cut from {@code total} matching items. */
    static <T> Response response(List<T> page, int total, int offset, int limit, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(OcpiResponse.success(page, Times.now()))
                .header("X-Total-Count", total)
                .header("X-Limit", limit);
        if ((long) offset + limit < total) {
            String next = uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", offset + limit)
                    .replaceQueryParam("limit", limit)
                    .build().toString();
            response.header(OcpiLinks.HEADER, OcpiLinks.next(next));
        }
        return response.build();
    }
}
