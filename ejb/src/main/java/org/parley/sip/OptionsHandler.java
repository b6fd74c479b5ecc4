package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/** Answers OPTIONS (RFC 3261 §11) with what Parley supports. */
@ApplicationScoped
public class OptionsHandler {

    @Inject
    SipResponder responder;

    public void handle(SipRequest request) {
        responder.respond(request, SipResponseSpec.status(200)
                .header("Allow", SipMethods.ALLOW)
                .header("Accept", "application/sdp")
                .header("Accept-Encoding", "identity")
                .header("Accept-Language", "en")
                .header("Supported", String.join(", ", SipMethods.SUPPORTED_EXTENSIONS))
                .build());
    }
}
