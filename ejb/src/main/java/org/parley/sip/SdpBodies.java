package org.parley.sip;

import org.parley.call.SessionDescription;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipRequest;

/** Session descriptions between call control's type and the connector's. */
final class SdpBodies {

    private SdpBodies() {
    }

    static SessionDescription of(SipBody body) {
        return body.isEmpty() ? SessionDescription.none() : new SessionDescription(body.contentType(), body.content());
    }

    static SipBody of(SessionDescription description) {
        return description.isEmpty() ? SipBody.empty()
                : new SipBody(description.contentType(), description.content());
    }

    /** The body of a request as a session description (none when it has no body). */
    static SessionDescription of(SipRequest request) {
        byte[] body = request.body();
        if (body.length == 0) {
            return SessionDescription.none();
        }
        return new SessionDescription(request.contentType().orElse("application/sdp"), body);
    }
}
