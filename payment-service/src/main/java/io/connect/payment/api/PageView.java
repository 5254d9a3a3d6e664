package io.connect.payment.api;

import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Django REST framework's page: {@code {count, next, previous, results}} with absolute next/previous links. */
public record PageView<T>(long count, String next, String previous, List<T> results) {

    static <T> PageView<T> of(UriInfo uri, long count, int page, int pageSize, List<T> results) {
        boolean hasNext = (long) page * pageSize < count;
        String next = hasNext ? link(uri, page + 1) : null;
        String previous = page > 1 ? link(uri, page - 1) : null;
        return new PageView<>(count, next, previous, results);
    }

    private static String link(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }
}
