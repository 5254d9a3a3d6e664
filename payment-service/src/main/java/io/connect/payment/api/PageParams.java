package io.connect.payment.api;

import io.connect.platform.errors.ApiException;

/** {@code page} (1-based) and {@code page_size} query parameters. */
record PageParams(int page, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;

    static PageParams parse(String page, String pageSize) {
        int p = positive("page", page, 1);
        int size = positive("page_size", pageSize, DEFAULT_PAGE_SIZE);
        if (size > MAX_PAGE_SIZE) {
            throw ApiException.validation("page_size", "must be at most " + MAX_PAGE_SIZE);
        }
        return new PageParams(p, size);
    }

    private static int positive(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw ApiException.validation(name, "must be a positive integer");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.validation(name, "must be a positive integer");
        }
    }
}
