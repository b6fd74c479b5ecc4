package org.parley.sipconnector.media.webrtc;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The engine's DTLS identity: an EC P-256 key and a self-signed certificate made at start, and the SHA-256
 * fingerprint the SDP advertises (RFC 8122) so that the browser can check the certificate it sees in the handshake.
 */
public final class DtlsIdentity {

    private final byte[] certificate;
    private final AsymmetricKeyParameter privateKey;
    private final String fingerprint;

    private DtlsIdentity(byte[] certificate, AsymmetricKeyParameter privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.fingerprint = fingerprint(certificate);
    }

    /** A new key pair and a certificate for {@code commonName}, valid from yesterday for a year. */
    public static DtlsIdentity generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName);
            Instant now = Instant.now();
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            return new DtlsIdentity(holder.getEncoded(), PrivateKeyFactory.createKey(keys.getPrivate().getEncoded()));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the DTLS certificate: " + e.getMessage(), e);
        }
    }

    /** The SDP form of a certificate's SHA-256 fingerprint: upper-case hex pairs separated by colons. */
    public static String fingerprint(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Whether {@code der} has the fingerprint {@code expected} (as an SDP wrote it, any case). */
    public static boolean matches(byte[] der, String expected) {
        return MessageDigest.isEqual(fingerprint(der).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                expected.trim().toUpperCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public String fingerprint() {
        return fingerprint;
    }

    byte[] certificate() {
        return certificate.clone();
    }

    AsymmetricKeyParameter privateKey() {
        return privateKey;
    }
}
