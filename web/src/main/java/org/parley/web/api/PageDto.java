package org.parley.web.api;

import java.util.List;
import org.parley.platform.paging.Page;

/** A page of a list in the REST API. */
public class PageDto<T> {

    public List<T> items;
    public int page;
    public int size;
    public long total;

    public static <T> PageDto<T> of(Page<T> p) {
        PageDto<T> d = new PageDto<>();
        d.items = p.items();
        d.page = p.page();
        d.size = p.size();
        d.total = p.total();
        return d;
    }
}
