package io.connect.user.api;

import io.connect.platform.errors.ApiException;
import io.connect.user.domain.PageSlice;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.function.Function;

/** DRF's page-number pagination: {@code {count, next, previous, results}} with absolute links. */
public record PageView<T>(long count, String next, String previous, List<T> results) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    /** The page and page size a request asked for, checked the way DRF does. */
    public record Request(int page, int size) {

        static Request parse(String page, String pageSize) {
            int p = positive("page", page, 1);
            int s = Math.min(positive("page_size", pageSize, DEFAULT_SIZE), MAX_SIZE);
            return new Request(p, s);
        }

        private static int positive(String name, String value, int fallback) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw ApiException.validation(name, "must be a positive integer");
        }
    }

    static <E, T> PageView<T> of(PageSlice<E> slice, Request request, UriInfo uri, Function<E, T> view) {
        long lastPage = Math.max(1, (slice.count() + request.size() - 1) / request.size());
        if (request.page() > lastPage) {
            throw ApiException.notFound("Page");
        }
        String next = request.page() < lastPage ? link(uri, request.page() + 1) : null;
        String previous = request.page() > 1 ? link(uri, request.page() - 1) : null;
        return new PageView<>(slice.count(), next, previous, slice.items().stream().map(view).toList());
    }

    /** Like DRF, the link to the first page carries no {@code page} parameter. */
    private static String link(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page == 1 ? null : new Object[]{page})
                .build().toString();
    }
}
