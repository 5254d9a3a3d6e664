package io.connect.platform.api;

import io.connect.platform.errors.ApiException;

import java.util.List;

/**
 * The {@code page} and {@code page_size} query parameters of a paginated public endpoint (DRF's page-number
 * pagination), checked the same way everywhere:
 * <ul>
 *   <li>{@code page} defaults to 1, {@code page_size} to {@value #DEFAULT_PAGE_SIZE} (or the endpoint's default);</li>
 *   <li>either one present but not a positive integer → 400 {@code validation_error} naming the field;</li>
 *   <li>{@code page_size} above the endpoint's cap ({@value #MAX_PAGE_SIZE} unless the endpoint documents
 *       otherwise) is silently lowered to the cap, like DRF's {@code max_page_size};</li>
 *   <li>a {@code page} beyond the last page → 404 {@code {"detail": "Invalid page."}}; page 1 of an empty list
 *       is a normal page with {@code count: 0}.</li>
 * </ul>
 * The last rule needs the count, so it is checked by {@link #requireWithin(long)}, {@link #slice(List)} and
 * {@link Page#of}.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and pageSize start at 1");
        }
    }

    /** With the usual default page size and cap. */
    public static PageRequest parse(String page, String pageSize) {
        return parse(page, pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    public static PageRequest parse(String page, String pageSize, int defaultPageSize, int maxPageSize) {
        int p = positive("page", page, 1);
        int size = Math.min(positive("page_size", pageSize, defaultPageSize), maxPageSize);
        return new PageRequest(p, size);
    }

    /** Zero-based page index, as Panache's {@code page(index, size)} wants it. */
    public int index() {
        return page - 1;
    }

    /** Position of this page's first row in the whole list. */
    public long offset() {
        return (long) index() * pageSize;
    }

    /** The number of pages of a list of {@code count} rows; an empty list still has its (empty) first page. */
    public long lastPage(long count) {
        return Math.max(1, (count + pageSize - 1) / pageSize);
    }

    /** Throws DRF's 404 "Invalid page." when this page lies beyond the last page of {@code count} rows. */
    public void requireWithin(long count) {
        if (page > lastPage(count)) {
            throw ApiException.detailOnly(404, "Invalid page.");
        }
    }

    /** This page of a list held in memory (404 when it lies beyond the end). */
    public <T> List<T> slice(List<T> all) {
        requireWithin(all.size());
        int from = (int) offset();
        return all.subList(from, (int) Math.min(all.size(), from + (long) pageSize));
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
            // answered below, like a zero or a negative number
        }
        throw ApiException.validation(name, "must be a positive integer");
    }
}
