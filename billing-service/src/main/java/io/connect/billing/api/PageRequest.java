package io.connect.billing.api;

import io.connect.platform.errors.ApiException;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** DRF page-number pagination: {@code ?page=N&page_size=M}, answered as {@code {count, next, previous, results}}. */
public record PageRequest(int page, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(String page, String pageSize) {
        int p = parse("page", page, 1);
        int size = parse("page_size", pageSize, DEFAULT_PAGE_SIZE);
        if (p < 1) {
            throw ApiException.validation("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.validation("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new PageRequest(p, size);
    }

    /** Zero-based, for Panache. */
    public int index() {
        return page - 1;
    }

    public <T> PageBody<T> body(long count, List<T> results, UriInfo uri) {
        long pages = Math.max(1, (count + pageSize - 1) / pageSize);
        if (page > pages) {
            throw ApiException.detailOnly(404, "Invalid page.");
        }
        String next = page < pages ? link(uri, page + 1) : null;
        String previous = page > 1 ? link(uri, page - 1) : null;
        return new PageBody<>(count, next, previous, results);
    }

    private static String link(UriInfo uri, int page) {
        var builder = uri.getRequestUriBuilder();
        return (page == 1 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page))
                .build().toString();
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.validation(name, "must be an integer");
        }
    }

    public record PageBody<T>(long count, String next, String previous, List<T> results) {
    }
}
