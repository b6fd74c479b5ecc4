package org.parley.platform.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets that Parley must be able to read back (a trunk's password, which digest authentication needs
 * in clear) with AES-256-GCM, so that the database holds only ciphertext.
 * <p>
 * A sealed value is the base64 text of: a format version byte, a 4-byte key id (from a hash of the key, so that a
 * value sealed under another key is told apart from a damaged one), a random 12-byte nonce, the ciphertext and the
 * 16-byte authentication tag. The {@code context} (e.g. {@code trunk:carrier-a}) is authenticated too: a value copied
 * to another row does not open there.
 */
public final class SecretBox {

    /** Length of a key: AES-256. */
    public static final int KEY_BYTES = 32;

    private static final byte VERSION = 1;
    private static final int KEY_ID_BYTES = 4;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES;
    private static final String CIPHER = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final byte[] keyId;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 random bytes; copied */
    public SecretBox(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a secret key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = keyId(key);
    }

    /** Encrypts {@code plain} for {@code context}; two seals of the same text differ. */
    public String seal(String plain, String context) {
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(context, "context");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, context, plain.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + ciphertext.length);
        out.put(VERSION).put(keyId).put(nonce).put(ciphertext);
        return Base64.getEncoder().encodeToString(out.array());
    }

    /**
     * Decrypts what {@link #seal(String, String)} made for the same {@code context}.
     *
     * @throws SecretBoxException when the value was sealed under another key, for another context, or was changed
     */
    public String open(String sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(context, "context");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException("the sealed value is not base64", e);
        }
        if (bytes.length < HEADER_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
            throw new SecretBoxException("the sealed value is not in a format this version of Parley knows");
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, 1, 1 + KEY_ID_BYTES), keyId)) {
            throw new SecretBoxException("the value was sealed under another secret key");
        }
        byte[] nonce = Arrays.copyOfRange(bytes, 1 + KEY_ID_BYTES, HEADER_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, HEADER_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, context, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SecretBoxException("the sealed value was altered or belongs to another record", e);
        } catch (GeneralSecurityException e) {
            // AES-GCM is required of every Java SE platform (Cipher Javadoc): this is a broken JDK
            throw new IllegalStateException("The JDK cannot run " + CIPHER, e);
        }
    }

    private static byte[] keyId(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("parley-secret-box-key-id".getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha.digest(key), KEY_ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK provides no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretBox[key=<hidden>]";
    }
}
