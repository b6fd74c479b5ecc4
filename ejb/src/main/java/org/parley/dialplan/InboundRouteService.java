package org.parley.dialplan;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Creating, changing and removing inbound routes. DIDs are accepted as dialled and kept in E.164. */
public interface InboundRouteService {

    /**
     * @throws org.parley.platform.error.InvalidInputException for invalid input (a DID that is no phone number, an
     *                                                         unknown extension)
     * @throws DuplicateInboundRouteException                  when the DID is routed already
     */
    InboundRouteView create(InboundRouteInput input);

    /**
     * Points a DID at another extension.
     *
     * @throws InboundRouteNotFoundException when the DID has no route
     */
    InboundRouteView update(String did, InboundRouteInput input);

    /** @throws InboundRouteNotFoundException when the DID has no route */
    void delete(String did);

    Optional<InboundRouteView> find(String did);

    /** Routes ordered by DID. */
    Page<InboundRouteView> list(PageRequest page);
}
