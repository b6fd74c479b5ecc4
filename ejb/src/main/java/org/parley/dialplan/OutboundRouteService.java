package org.parley.dialplan;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Creating, changing and removing outbound routes. */
public interface OutboundRouteService {

    /**
     * @throws org.parley.platform.error.InvalidInputException for invalid input (an unknown trunk names {@code trunk})
     * @throws DuplicateOutboundRouteException                 when the name is taken
     */
    OutboundRouteView create(OutboundRouteInput input);

    /**
     * Replaces a route's priority, class, prefix and trunk; its name cannot change.
     *
     * @throws OutboundRouteNotFoundException when there is no such route
     */
    OutboundRouteView update(String name, OutboundRouteInput input);

    /** @throws OutboundRouteNotFoundException when there is no such route */
    void delete(String name);

    Optional<OutboundRouteView> find(String name);

    /** Routes in the order they are tried: by priority, then name. */
    Page<OutboundRouteView> list(PageRequest page);
}
