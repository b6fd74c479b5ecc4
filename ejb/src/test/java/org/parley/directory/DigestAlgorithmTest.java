package org.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestAlgorithmTest {

    @Test
    void tokensAreTheRegisteredNames() {
        assertEquals("MD5", DigestAlgorithm.MD5.token());
        assertEquals("SHA-256", DigestAlgorithm.SHA_256.token());
        assertEquals(DigestAlgorithm.MD5, DigestAlgorithm.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "md5", "Md5", " MD5 "})
    void readsMd5IgnoringCase(String token) {
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.fromToken(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA-256", "sha-256", "Sha-256"})
    void readsSha256IgnoringCase(String token) {
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.fromToken(token));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "MD5-sess", "SHA-256-sess", "SHA-512-256", "SHA256", "AKAv1-MD5"})
    void knowsNoOtherToken(String token) {
        assertEquals(Optional.empty(), DigestAlgorithm.fromToken(token));
    }

    @Test
    void anAbsentOrBlankParameterMeansMd5() {
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.fromParameter(Optional.empty()));
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.fromParameter(Optional.of("")));
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.fromParameter(Optional.of("SHA-256")));
        assertEquals(Optional.empty(), DigestAlgorithm.fromParameter(Optional.of("MD5-sess")));
    }

    @Test
    void hashesUtf8BytesToLowerCaseHex() {
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", DigestAlgorithm.MD5.hash(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                DigestAlgorithm.SHA_256.hash("abc"));
        assertEquals("3f012cb1e056c704cdd12511348fa2d0", DigestAlgorithm.MD5.hash("J\u00e4s\u00f8n"));
    }

    @Test
    void ha1OfTheRfcExamples() {
        // RFC 2617 §3.5 and RFC 7616 §3.9.1 inputs; values computed independently with Python's hashlib
        assertEquals("939e7578ed9e3c518a452acee763bce9",
                DigestAlgorithm.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life"));
        assertEquals("3d78807defe7de2157e2b0b6573a855f",
                DigestAlgorithm.MD5.ha1("Mufasa", "http-auth@example.org", "Circle of Life"));
        assertEquals("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232",
                DigestAlgorithm.SHA_256.ha1("Mufasa", "http-auth@example.org", "Circle of Life"));
    }

    @Test
    void recognisesItsOwnHashes() {
        assertTrue(DigestAlgorithm.MD5.isHash("939e7578ed9e3c518a452acee763bce9"));
        assertFalse(DigestAlgorithm.MD5.isHash("939E7578ED9E3C518A452ACEE763BCE9"));
        assertFalse(DigestAlgorithm.MD5.isHash("939e7578ed9e3c518a452acee763bce"));
        assertFalse(DigestAlgorithm.SHA_256.isHash("939e7578ed9e3c518a452acee763bce9"));
        assertFalse(DigestAlgorithm.MD5.isHash("zz9e7578ed9e3c518a452acee763bce9"));
        assertFalse(DigestAlgorithm.MD5.isHash(null));
    }
}
