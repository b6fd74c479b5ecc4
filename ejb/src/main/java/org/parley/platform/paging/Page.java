package org.parley.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the size of the whole list.
 *
 * @param items the items of this page
 * @param page  zero-based page index
 * @param size  requested page size
 * @param total items in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), page, size, total);
    }
}
