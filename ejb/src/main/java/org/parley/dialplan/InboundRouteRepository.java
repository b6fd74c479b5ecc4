package org.parley.dialplan;

import java.util.List;
import java.util.Optional;

/** Stored inbound routes. */
public interface InboundRouteRepository {

    Optional<InboundRoute> find(String did);

    /** A page of routes ordered by DID. */
    List<InboundRoute> list(int offset, int limit);

    /** Every route, for loading the cache at start. */
    List<InboundRoute> all();

    long count();

    /** Stores a new route; {@link DuplicateInboundRouteException} when the DID is routed already. */
    void add(InboundRoute route);

    void remove(InboundRoute route);
}
