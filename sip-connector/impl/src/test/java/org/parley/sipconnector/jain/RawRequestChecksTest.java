package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.sipconnector.SipResponseSpec;

/** The torture messages JAIN-SIP parses leniently get the refusal the RFCs ask for; valid neighbours get none. */
class RawRequestChecksTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "rfc4475/badvers.dat, 505",
        "rfc4475/mcl01.dat, 400",
        "rfc4475/multi01.dat, 400",
        "rfc5118/ipv6-bad.dat, 400",
        "rfc5118/ipv6-bug-abnf-3-colons.dat, 400",
        "rfc5118/ipv6-good.dat, 0",
        "rfc5118/ipv6-correct-abnf-2-colons.dat, 0",
        "rfc5118/port-ambiguous.dat, 0",
        "rfc4475/wsinv.dat, 0",
        "rfc4475/intmeth.dat, 0",
        "rfc4475/esc01.dat, 0",
        "rfc4475/inv2543.dat, 0",
        "rfc4475/sdp01.dat, 0",
    })
    void refusesWhatTheRfcsRefuse(String message, int expected) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/sip-torture/" + message)) {
            bytes = in.readAllBytes();
        }
        Optional<SipResponseSpec> refusal = RawRequestChecks.refusalOf(bytes);
        assertEquals(expected, refusal.map(SipResponseSpec::statusCode).orElse(0), () -> refusal.toString());
    }
}
