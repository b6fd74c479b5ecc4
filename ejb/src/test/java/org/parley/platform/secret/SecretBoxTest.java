package org.parley.platform.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final SecretBox box = new SecretBox(key(7));

    @Test
    void whatIsSealedOpensAgain() {
        String sealed = box.seal("carrier p@ssw0rd – é", "trunk:carrier-a");

        assertEquals("carrier p@ssw0rd – é", box.open(sealed, "trunk:carrier-a"));
        assertEquals("", box.open(box.seal("", "trunk:x"), "trunk:x"));
    }

    @Test
    void theSealedTextRevealsNothingAndDiffersEachTime() {
        String first = box.seal("carrier-password", "trunk:carrier-a");
        String second = box.seal("carrier-password", "trunk:carrier-a");

        assertFalse(first.contains("carrier-password"));
        assertFalse(new String(Base64.getDecoder().decode(first)).contains("carrier-password"));
        assertNotEquals(first, second, "a fresh nonce for every seal");
    }

    @Test
    void anyChangedByteIsDetected() {
        byte[] sealed = Base64.getDecoder().decode(box.seal("carrier-password", "trunk:carrier-a"));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String text = Base64.getEncoder().encodeToString(tampered);
            assertThrows(SecretBoxException.class, () -> box.open(text, "trunk:carrier-a"), "byte " + i);
        }
    }

    @Test
    void aTruncatedOrForeignValueIsRefused() {
        String sealed = box.seal("carrier-password", "trunk:carrier-a");

        assertThrows(SecretBoxException.class, () -> box.open(sealed.substring(0, 20), "trunk:carrier-a"));
        assertThrows(SecretBoxException.class, () -> box.open("not base64!", "trunk:carrier-a"));
        assertThrows(SecretBoxException.class, () -> box.open("", "trunk:carrier-a"));
    }

    @Test
    void aValueDoesNotOpenForAnotherRecord() {
        String sealed = box.seal("carrier-password", "trunk:carrier-a");

        SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(sealed, "trunk:carrier-b"));
        assertTrue(e.getMessage().contains("altered or belongs to another record"), e.getMessage());
    }

    @Test
    void anotherKeyIsToldApartFromTampering() {
        String sealed = box.seal("carrier-password", "trunk:carrier-a");

        SecretBoxException e = assertThrows(SecretBoxException.class,
                () -> new SecretBox(key(8)).open(sealed, "trunk:carrier-a"));
        assertTrue(e.getMessage().contains("another secret key"), e.getMessage());
    }

    @Test
    void aKeyIs32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
        assertFalse(box.toString().contains("7"));
    }
}
