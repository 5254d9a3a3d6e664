package io.connect.user.domain;

import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record PageSlice<T>(long count, List<T> items) {
}
