package io.connect.platform.api;

import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a public list, as DRF's page-number pagination writes it: {@code {count, next, previous, results}},
 * {@code next}/{@code previous} absolute URLs or {@code null}. The rules for {@code page}/{@code page_size} are
 * on {@link PageRequest}; the links come from {@link PageLinks}.
 */
public record Page<T>(long count, String next, String previous, List<T> results) {

    /**
     * The page {@code request} asked for of a list of {@code count} rows whose rows on this page are
     * {@code results}; 404 "Invalid page." when the page lies beyond the last one.
     */
    public static <T> Page<T> of(PageRequest request, long count, List<T> results, UriInfo uri) {
        request.requireWithin(count);
        int page = request.page();
        String next = page < request.lastPage(count) ? PageLinks.toPage(uri, page + 1) : null;
        String previous = page > 1 ? PageLinks.toPage(uri, page - 1) : null;
        return new Page<>(count, next, previous, results);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(count, next, previous, results.stream().<R>map(view).toList());
    }
}
