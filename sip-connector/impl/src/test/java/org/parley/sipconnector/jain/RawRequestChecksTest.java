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
        "rfc4475/lwsstart.dat, 400",
        "rfc4475/trws.dat, 400",
        "rfc4475/escruri.dat, 400",
        "rfc4475/regbadct.dat, 400",
        "rfc4475/badaspec.dat, 400",
        "rfc4475/baddn.dat, 400",
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
        "rfc4475/lwsdisp.dat, 0",
        "rfc4475/longreq.dat, 0",
        "rfc4475/semiuri.dat, 0",
        "rfc4475/transports.dat, 0",
        "rfc4475/mpart01.dat, 0",
        "rfc4475/escnull.dat, 0",
        "rfc4475/esc02.dat, 0",
        "rfc4475/dblreq.dat, 0",
        "rfc4475/regescrt.dat, 0",
        "rfc4475/cparam01.dat, 0",
        "rfc4475/cparam02.dat, 0",
        "rfc4475/unksm2.dat, 0",
        "rfc4475/baddate.dat, 0",
        "rfc5118/ipv4-mapped-ipv6.dat, 0",
        "rfc5118/mult-ip-in-sdp.dat, 0",
        "rfc5118/via-received-param-with-delim.dat, 0",
    })
    void refusesWhatTheRfcsRefuse(String message, int expected) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/sip-torture/" + message)) {
            bytes = in.readAllBytes();
        }
        Optional<SipResponseSpec> refusal = RawRequestChecks.refusalOf(bytes);
        assertEquals(expected, refusal.map(SipResponseSpec::statusCode).orElse(0), () -> refusal.toString());
    }

    /** JAIN-SIP's TCP reader hands the header lines over ended by LF alone. */
    @ParameterizedTest(name = "{0} with LF line ends → {1}")
    @CsvSource({"rfc5118/ipv6-good.dat, 0", "rfc4475/esc01.dat, 0", "rfc4475/badvers.dat, 505", "rfc4475/mcl01.dat, 400"})
    void judgesLinesEndedByLfAlone(String message, int expected) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/sip-torture/" + message)) {
            bytes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        assertEquals(expected, RawRequestChecks.refusalOf(bytes).map(SipResponseSpec::statusCode).orElse(0));
    }
}
