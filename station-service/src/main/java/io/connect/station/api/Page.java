package io.connect.station.api;

import java.util.List;

/** DRF page-number pagination: absolute next/previous URLs or null. */
public record Page<T>(long count, String next, String previous, List<T> results) {
}
