package org.parley.web.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.directory.ExtensionQuery;
import org.parley.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The console's extension table, a page at a time from {@link ExtensionFacade}: the table's column filters and sort
 * become an {@link ExtensionQuery}, so the database does the sorting, filtering and paging.
 */
public class ExtensionLazyModel extends LazyDataModel<ExtensionRow> {

    private static final long serialVersionUID = 1L;

    static final String NUMBER = "number";
    static final String DISPLAY_NAME = "displayName";

    private final ExtensionFacade facade;

    ExtensionLazyModel(ExtensionFacade facade) {
        this.facade = facade;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) facade.search(query(Map.of(), filterBy), new PageRequest(0, 1)).total();
    }

    @Override
    public List<ExtensionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        int page = Math.max(0, first) / size;
        return facade.search(query(sortBy, filterBy), new PageRequest(page, size)).items().stream()
                .map(ExtensionRow::new)
                .toList();
    }

    @Override
    public String getRowKey(ExtensionRow row) {
        return row.getNumber();
    }

    static ExtensionQuery query(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Optional<SortMeta> sort = sortBy.values().stream().filter(s -> !s.getOrder().isUnsorted()).findFirst();
        ExtensionQuery.Sort by = sort.map(s -> DISPLAY_NAME.equals(s.getField())
                ? ExtensionQuery.Sort.DISPLAY_NAME : ExtensionQuery.Sort.NUMBER).orElse(ExtensionQuery.Sort.NUMBER);
        boolean descending = sort.map(s -> s.getOrder().isDescending()).orElse(false);
        return new ExtensionQuery(filter(filterBy, NUMBER), filter(filterBy, DISPLAY_NAME), by, descending);
    }

    private static Optional<String> filter(Map<String, FilterMeta> filterBy, String field) {
        return Optional.ofNullable(filterBy.get(field)).map(FilterMeta::getFilterValue).map(Object::toString);
    }
}
