package org.parley.registrar;

import java.util.Map;

/** Where bindings are kept across restarts. */
public interface BindingRepository {

    /** Every stored binding, by address of record. */
    Map<String, AorBindings> loadAll();

    /** Makes the stored bindings of each given address of record exactly these (none for an empty set). */
    void replace(Map<String, AorBindings> byAor);
}
