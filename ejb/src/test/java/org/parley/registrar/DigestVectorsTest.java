package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.directory.DigestAlgorithm;
import org.parley.directory.SipSecret;

/**
 * The worked examples of the RFCs. Checked by hand against the RFC 2617 text; the RFC 7616 values agree with its
 * §3.9.1 as quoted by several independent implementations and with an independent Python hashlib computation.
 */
class DigestVectorsTest {

    @Test
    void rfc2617Section35Md5WithQopAuth() {
        SipSecret secret = SipSecret.fromPassword("Mufasa", "testrealm@host.com", "Circle Of Life");

        String response = DigestResponse.compute(DigestAlgorithm.MD5, secret.ha1(DigestAlgorithm.MD5), "GET",
                "/dir/index.html", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth");

        assertEquals("6629fae49393a05397450978507c4ef1", response);
    }

    @Test
    void rfc7616Section391Sha256() {
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                rfc7616Response(DigestAlgorithm.SHA_256));
    }

    @Test
    void rfc7616Section391Md5() {
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", rfc7616Response(DigestAlgorithm.MD5));
    }

    /** RFC 7616 §3.9.1; note the lower-case "of" in the password (erratum 4495). */
    private static String rfc7616Response(DigestAlgorithm algorithm) {
        SipSecret secret = SipSecret.fromPassword("Mufasa", "http-auth@example.org", "Circle of Life");
        return DigestResponse.compute(algorithm, secret.ha1(algorithm), "GET", "/dir/index.html",
                "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001",
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth");
    }
}
