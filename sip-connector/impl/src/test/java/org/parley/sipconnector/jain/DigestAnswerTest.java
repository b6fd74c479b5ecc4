package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipAuth;

/** The digest maths against the worked example of RFC 7616 §3.9.1 (the same computation serves SIP, RFC 8760). */
class DigestAnswerTest {

    private static final SipAuth MUFASA = new SipAuth("Mufasa", "Circle of Life");
    private static final String REALM = "http-auth@example.org";
    private static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void md5MatchesTheRfcExample() {
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", DigestAnswer.response("MD5", false, MUFASA, REALM, "GET",
                "/dir/index.html", NONCE, "00000001", CNONCE, "auth"));
    }

    @Test
    void sha256MatchesTheRfcExample() {
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                DigestAnswer.response("SHA-256", false, MUFASA, REALM, "GET", "/dir/index.html", NONCE, "00000001",
                        CNONCE, "auth"));
    }
}
