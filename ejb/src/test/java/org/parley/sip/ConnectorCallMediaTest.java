package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.call.CallMedia;
import org.parley.call.SessionDescription;
import org.parley.sipconnector.MediaUnavailableException;
import org.parley.sipconnector.SipConnection;

/** A media engine that cannot open an endpoint is {@link CallMedia.Unavailable} to call control (answered 503). */
class ConnectorCallMediaTest {

    private static final SessionDescription OFFER = new SessionDescription("application/sdp",
            "v=0".getBytes(StandardCharsets.US_ASCII));

    @Test
    void noFreePortPairMakesTheEngineUnavailableToAnswerOrOffer() {
        ConnectorCallMedia media = new ConnectorCallMedia();
        media.sip = new SipResponder() {
            @Override
            public <T> T withConnection(Function<SipConnection, T> work) {
                throw new MediaUnavailableException("no free media port pair in 31000-31003");
            }
        };

        CallMedia.Unavailable answering = assertThrows(CallMedia.Unavailable.class,
                () -> media.answer("caller", OFFER));
        assertTrue(answering.getMessage().contains("no free media port pair"), answering::getMessage);
        assertThrows(CallMedia.Unavailable.class, () -> media.offer("device"));
    }
}
