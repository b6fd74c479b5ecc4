package org.parley.dialplan;

import java.util.List;
import java.util.Optional;

/** Stored outbound routes. */
public interface OutboundRouteRepository {

    Optional<OutboundRoute> find(String name);

    /** A page of routes by priority, then name. */
    List<OutboundRoute> list(int offset, int limit);

    /** Every route, for loading the cache at start. */
    List<OutboundRoute> all();

    long count();

    /**
     * Stores a new route; {@link DuplicateOutboundRouteException} when the name is taken, an
     * {@link org.parley.platform.error.InvalidInputException} naming {@code trunk} when its trunk is gone.
     */
    void add(OutboundRoute route);

    /** Writes a changed route now, with the same failures as {@link #add(OutboundRoute)}. */
    void save(OutboundRoute route);

    void remove(OutboundRoute route);
}
