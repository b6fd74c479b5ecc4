package org.parley.web.dialplan;

import java.time.Instant;
import org.parley.dialplan.InboundRouteView;

/** An inbound route in the REST API. */
public class InboundRouteDto {

    /** The DID, E.164. */
    public String did;
    /** The extension it rings. */
    public String extension;
    public Instant createdAt;
    public Instant updatedAt;

    static InboundRouteDto of(InboundRouteView v) {
        InboundRouteDto d = new InboundRouteDto();
        d.did = v.did();
        d.extension = v.extension();
        d.createdAt = v.createdAt();
        d.updatedAt = v.updatedAt();
        return d;
    }
}
