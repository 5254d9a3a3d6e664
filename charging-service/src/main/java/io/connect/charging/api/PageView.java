package io.connect.charging.api;

import java.util.List;

/** DRF page-number pagination: {count, next, previous, results}. */
public record PageView<T>(long count, String next, String previous, List<T> results) {
}
