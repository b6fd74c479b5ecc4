package org.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SipSecretTest {

    private static final String MD5 = "939e7578ed9e3c518a452acee763bce9";
    private static final String SHA = "7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232";

    @Test
    void keepsOnlyTheHashesOfAPassword() {
        SipSecret secret = SipSecret.fromPassword("201", "pbx.example.com", "s3cret");

        assertEquals("pbx.example.com", secret.realm());
        assertEquals(DigestAlgorithm.MD5.ha1("201", "pbx.example.com", "s3cret"), secret.ha1Md5());
        assertEquals(DigestAlgorithm.SHA_256.ha1("201", "pbx.example.com", "s3cret"), secret.ha1Sha256());
        assertEquals(secret.ha1Md5(), secret.ha1(DigestAlgorithm.MD5));
        assertEquals(secret.ha1Sha256(), secret.ha1(DigestAlgorithm.SHA_256));
    }

    @Test
    void hashesTheRfc2617Example() {
        assertEquals(MD5, SipSecret.fromPassword("Mufasa", "testrealm@host.com", "Circle Of Life").ha1Md5());
    }

    @Test
    void normalisesHexToLowerCase() {
        SipSecret secret = new SipSecret("r", MD5.toUpperCase(), SHA.toUpperCase());

        assertEquals(MD5, secret.ha1Md5());
        assertEquals(SHA, secret.ha1Sha256());
    }

    @Test
    void rejectsHashesOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> new SipSecret("r", SHA, SHA));
        assertThrows(IllegalArgumentException.class, () -> new SipSecret("r", MD5, MD5));
        assertThrows(IllegalArgumentException.class, () -> new SipSecret("r", "x" + MD5.substring(1), SHA));
        assertThrows(IllegalArgumentException.class, () -> new SipSecret(" ", MD5, SHA));
        assertThrows(NullPointerException.class, () -> new SipSecret("r", null, SHA));
    }

    @Test
    void refusesAnEmptyPasswordOrUsername() {
        assertThrows(IllegalArgumentException.class, () -> SipSecret.fromPassword("201", "r", ""));
        assertThrows(IllegalArgumentException.class, () -> SipSecret.fromPassword(" ", "r", "pw"));
    }

    @Test
    void neverPrintsTheHashes() {
        String text = new SipSecret("r", MD5, SHA).toString();

        assertTrue(text.contains("realm=r"));
        assertFalse(text.contains(MD5));
        assertFalse(text.contains(SHA));
    }
}
