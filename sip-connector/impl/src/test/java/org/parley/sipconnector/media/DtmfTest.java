package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Key presses: SIP INFO bodies and one report per press whatever the method. */
class DtmfTest {

    @Test
    void infoBodiesOfBothTypesAreRead() {
        assertEquals(Optional.of('5'), DtmfBodies.digit("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"));
        assertEquals(Optional.of('#'), DtmfBodies.digit("Application/DTMF-Relay", "Signal= #\nDuration= 250\n"));
        assertEquals(Optional.of('*'), DtmfBodies.digit("application/dtmf-relay", "Signal=10\r\n"));
        assertEquals(Optional.of('A'), DtmfBodies.digit("application/dtmf; charset=utf-8", "a"));
        assertEquals(Optional.of('9'), DtmfBodies.digit("application/dtmf", "9\r\n"));
        assertEquals(Optional.empty(), DtmfBodies.digit("application/dtmf-relay", "Duration=160"));
        assertEquals(Optional.empty(), DtmfBodies.digit("application/dtmf-relay", "Signal=x"));
        assertEquals(Optional.empty(), DtmfBodies.digit("text/plain", "5"));
    }

    @Test
    void aPressSentBothWaysIsReportedOnceAndARepeatedKeyTwice() {
        List<MediaEvent> events = new ArrayList<>();
        AtomicLong clock = new AtomicLong(1000);
        DtmfReports reports = new DtmfReports(events::add, clock::get);
        reports.heard("leg", '5', DtmfMethod.RFC4733);
        clock.addAndGet(40);
        reports.heard("leg", '5', DtmfMethod.SIP_INFO);
        clock.addAndGet(300);
        reports.heard("leg", '5', DtmfMethod.RFC4733);
        clock.addAndGet(20);
        reports.heard("leg", '5', DtmfMethod.SIP_INFO);
        reports.heard("other", '5', DtmfMethod.SIP_INFO);
        clock.addAndGet(5000);
        reports.heard("leg", '5', DtmfMethod.SIP_INFO);
        reports.heard("leg", '9', DtmfMethod.SIP_INFO);
        clock.addAndGet(100);
        reports.heard("leg", '5', DtmfMethod.RFC4733);
        reports.heard("leg", '9', DtmfMethod.RFC4733);
        assertEquals(List.of(
                new MediaEvent.DtmfReceived("leg", '5', DtmfMethod.RFC4733),
                new MediaEvent.DtmfReceived("leg", '5', DtmfMethod.RFC4733),
                new MediaEvent.DtmfReceived("other", '5', DtmfMethod.SIP_INFO),
                new MediaEvent.DtmfReceived("leg", '5', DtmfMethod.SIP_INFO),
                new MediaEvent.DtmfReceived("leg", '9', DtmfMethod.SIP_INFO)), events,
                "the RFC 4733 twins arriving late, after the next key's INFO, are still dropped");
    }
}
