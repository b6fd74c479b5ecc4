package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.call.CallHop;
import org.parley.call.Party;

class DiversionHeadersTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final List<CallHop> CHAIN = List.of(
            new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("2003"), "unconditional", T0),
            new CallHop(CallHop.Type.FORWARD, Party.of("2003"), Party.of("+33612345678"), "busy", T0));

    @Test
    void diversionListsTheMostRecentForwardFirst() {
        assertEquals(Optional.of("<sip:2003@pbx.example>;reason=user-busy;counter=1, "
                + "<sip:2002@pbx.example>;reason=unconditional;counter=1"),
                DiversionHeaders.diversion(CHAIN, "pbx.example"));
    }

    @Test
    void historyInfoChainsTheRetargetsWithTheirCauses() {
        assertEquals(Optional.of("<sip:2002@pbx.example?Reason=SIP%3Bcause%3D302>;index=1, "
                + "<sip:2003@pbx.example?Reason=SIP%3Bcause%3D486>;index=1.1;mp=1, "
                + "<sip:+33612345678@10.0.0.9>;index=1.1.1;mp=1.1"),
                DiversionHeaders.historyInfo(CHAIN, "pbx.example", "sip:+33612345678@10.0.0.9"));
    }

    @Test
    void aCallNotForwardedHasNeither() {
        assertEquals(Optional.empty(), DiversionHeaders.diversion(List.of(), "pbx.example"));
        assertEquals(Optional.empty(), DiversionHeaders.historyInfo(List.of(), "pbx.example", "sip:x@y"));
    }
}
