package org.parley.web.tracing;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A console table of call tracing paged by the database: each page is asked of a search (the page's own search box
 * and filters live in the page bean).
 *
 * @param <T> a row
 */
final class SearchModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the search as it stands. */
    @FunctionalInterface
    interface Search<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** A row's id. */
    @FunctionalInterface
    interface Key<T> extends Serializable {
        long of(T row);
    }

    private final Search<T> search;
    private final Key<T> key;

    SearchModel(Search<T> search, Key<T> key) {
        this.search = search;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) search.page(new PageRequest(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return search.page(new PageRequest(Math.max(0, first) / size, size)).items();
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.of(row));
    }
}
