package org.parley.sipconnector.media.webrtc;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Hashtable;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SRTPProtectionProfile;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The DTLS-SRTP handshake of one WebRTC endpoint (RFC 5763/5764) with BouncyCastle's DTLS 1.2: server when the
 * SDP made Parley {@code passive}, client when {@code active}; both sides show a certificate, the peer's must have
 * the fingerprint its SDP gave, the profile is SRTP_AES128_CM_HMAC_SHA1_80, and the exported keying material
 * becomes the two SRTP sessions. {@link #run} blocks until the handshake ends: call it off the receiving thread.
 */
public final class DtlsSrtp {

    /** Which DTLS side Parley plays: {@code a=setup:passive} → server, {@code active} → client. */
    public enum Role { SERVER, CLIENT }

    /** The outcome: protect with {@code sending}, unprotect with {@code receiving}. */
    public record Keys(SrtpSession sending, SrtpSession receiving) {
    }

    /** How long a handshake may take. */
    public static final int TIMEOUT_SECONDS = 30;
    private static final int HANDSHAKE_TIMEOUT_MILLIS = TIMEOUT_SECONDS * 1000;
    private static final String EXPORTER_LABEL = "EXTRACTOR-dtls_srtp";
    private static final int[] PROFILES = {SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80};
    private static final int[] SUITES = {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA};
    private static final SignatureAndHashAlgorithm ECDSA_SHA256 =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private DtlsSrtp() {
    }

    /**
     * Runs the handshake over {@code transport}; the peer's certificate must have {@code peerFingerprint}
     * (SHA-256, as in the SDP). Throws {@link IOException} if it fails (timeout, alert, wrong certificate).
     */
    public static Keys run(Role role, DtlsIdentity identity, String peerFingerprint, DatagramTransport transport)
            throws IOException {
        BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
        if (role == Role.SERVER) {
            Server server = new Server(crypto, identity, peerFingerprint);
            new DTLSServerProtocol().accept(server, transport);
            return keys(server.material, false);
        }
        Client client = new Client(crypto, identity, peerFingerprint);
        new DTLSClientProtocol().connect(client, transport);
        return keys(client.material, true);
    }

    /** RFC 5764 section 4.2: client key, server key, client salt, server salt. */
    private static Keys keys(byte[] material, boolean client) {
        int k = SrtpSession.KEY_LENGTH;
        int s = SrtpSession.SALT_LENGTH;
        SrtpSession clientSession = new SrtpSession(slice(material, 0, k), slice(material, 2 * k, s));
        SrtpSession serverSession = new SrtpSession(slice(material, k, k), slice(material, 2 * k + s, s));
        return client ? new Keys(clientSession, serverSession) : new Keys(serverSession, clientSession);
    }

    private static byte[] slice(byte[] bytes, int from, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, from, out, 0, length);
        return out;
    }

    private static byte[] export(TlsContext context) {
        return context.exportKeyingMaterial(EXPORTER_LABEL, null,
                2 * (SrtpSession.KEY_LENGTH + SrtpSession.SALT_LENGTH));
    }

    private static void verify(Certificate peer, String expected) throws IOException {
        if (peer == null || peer.isEmpty() || !DtlsIdentity.matches(peer.getCertificateAt(0).getEncoded(), expected)) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate,
                    "the peer's certificate does not have the SDP's fingerprint");
        }
    }

    private static TlsCredentialedSigner signer(TlsContext context, BcTlsCrypto crypto, DtlsIdentity identity)
            throws IOException {
        TlsCertificate certificate = crypto.createCertificate(identity.certificate());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, identity.privateKey(),
                new Certificate(new TlsCertificate[] {certificate}), ECDSA_SHA256);
    }

    private static void requireSrtpProfile(UseSRTPData offered) throws IOException {
        if (offered == null || java.util.Arrays.stream(offered.getProtectionProfiles())
                .noneMatch(p -> p == SRTPProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80)) {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "no SRTP_AES128_CM_HMAC_SHA1_80");
        }
    }

    private static final class Server extends DefaultTlsServer {
        private final DtlsIdentity identity;
        private final String peerFingerprint;
        private byte[] material;

        Server(BcTlsCrypto crypto, DtlsIdentity identity, String peerFingerprint) {
            super(crypto);
            this.identity = identity;
            this.peerFingerprint = peerFingerprint;
        }

        @Override
        public int getHandshakeTimeoutMillis() {
            return HANDSHAKE_TIMEOUT_MILLIS;
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return ProtocolVersion.DTLSv12.only();
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            return SUITES.clone();
        }

        @Override
        protected TlsCredentialedSigner getECDSASignerCredentials() throws IOException {
            return signer(context, (BcTlsCrypto) getCrypto(), identity);
        }

        @Override
        public void processClientExtensions(Hashtable clientExtensions) throws IOException {
            super.processClientExtensions(clientExtensions);
            requireSrtpProfile(TlsSRTPUtils.getUseSRTPExtension(clientExtensions));
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Hashtable getServerExtensions() throws IOException {
            Hashtable extensions = super.getServerExtensions();
            Hashtable out = extensions == null ? new Hashtable() : extensions;
            TlsSRTPUtils.addUseSRTPExtension(out, new UseSRTPData(PROFILES, TlsUtils.EMPTY_BYTES));
            return out;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public CertificateRequest getCertificateRequest() {
            Vector algorithms = TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
            return new CertificateRequest(new short[] {ClientCertificateType.ecdsa_sign,
                ClientCertificateType.rsa_sign}, algorithms, null);
        }

        @Override
        public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
            verify(clientCertificate, peerFingerprint);
        }

        @Override
        public void notifyHandshakeComplete() throws IOException {
            super.notifyHandshakeComplete();
            material = export(context);
        }
    }

    private static final class Client extends DefaultTlsClient {
        private final DtlsIdentity identity;
        private final String peerFingerprint;
        private byte[] material;

        Client(BcTlsCrypto crypto, DtlsIdentity identity, String peerFingerprint) {
            super(crypto);
            this.identity = identity;
            this.peerFingerprint = peerFingerprint;
        }

        @Override
        public int getHandshakeTimeoutMillis() {
            return HANDSHAKE_TIMEOUT_MILLIS;
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return ProtocolVersion.DTLSv12.only();
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            return SUITES.clone();
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Hashtable getClientExtensions() throws IOException {
            Hashtable extensions = super.getClientExtensions();
            Hashtable out = extensions == null ? new Hashtable() : extensions;
            TlsSRTPUtils.addUseSRTPExtension(out, new UseSRTPData(PROFILES, TlsUtils.EMPTY_BYTES));
            return out;
        }

        @Override
        public void processServerExtensions(Hashtable serverExtensions) throws IOException {
            super.processServerExtensions(serverExtensions);
            requireSrtpProfile(TlsSRTPUtils.getUseSRTPExtension(serverExtensions));
        }

        @Override
        public TlsAuthentication getAuthentication() {
            return new TlsAuthentication() {
                @Override
                public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                    verify(serverCertificate.getCertificate(), peerFingerprint);
                }

                @Override
                public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                    return signer(context, (BcTlsCrypto) getCrypto(), identity);
                }
            };
        }

        @Override
        public void notifyHandshakeComplete() throws IOException {
            super.notifyHandshakeComplete();
            material = export(context);
        }
    }
}
