package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipListeningPoint;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/** With a keystore the connector also serves SIP over secure WebSocket and over TLS, with that certificate. */
class SecureTransportsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PASSWORD = "changeit";

    @TempDir
    Path dir;

    /** A self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private Path keystore() throws Exception {
        Path file = dir.resolve("parley.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "parley", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        return file;
    }

    /** A client context that trusts exactly that certificate. */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    private static void answerAll(SipRequest request, SipConnection connection) {
        connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
    }

    @Test
    void aKeystoreOpensWssAndTlsListeningPointsThatAnswerWithItsCertificate() throws Exception {
        Path keystore = keystore();
        int wssPort = ConnectorFixture.freePort();
        int tlsPort = ConnectorFixture.freePort();
        ConfigLookup env = new ConfigLookup(name -> null, Map.of(
                WebTransports.KEYSTORE, keystore.toString(),
                WebTransports.KEYSTORE_PASSWORD, PASSWORD,
                WebTransports.WSS_PORT, Integer.toString(wssPort),
                WebTransports.TLS_PORT, Integer.toString(tlsPort))::get);
        SSLContext tls = trusting(keystore);
        try (ConnectorFixture connector = ConnectorFixture.start(adapter -> adapter.overrideFrom(env),
                SecureTransportsTest::answerAll);
             SipConnection connection = connector.connections.getConnection()) {
            assertTrue(connection.listeningPoints().containsAll(java.util.List.of(
                    new SipListeningPoint("WSS", "127.0.0.1", wssPort),
                    new SipListeningPoint("TLS", "127.0.0.1", tlsPort))), connection.listeningPoints().toString());

            HttpClient http = HttpClient.newBuilder().sslContext(tls).build();
            try (WebSocketSipClient browser = WebSocketSipClient.connect(http,
                    URI.create("wss://127.0.0.1:" + wssPort), "https://127.0.0.1:8080", "alice")) {
                browser.send(options("SIP/2.0/WSS " + browser.host, "wss1"));
                assertEquals(200, browser.receive(WAIT).status());
                assertEquals("WSS", connector.endpoint.nextRequest(WAIT).orElseThrow().transport());
            }

            try (SSLSocket phone = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", tlsPort)) {
                phone.setSoTimeout((int) WAIT.toMillis());
                OutputStream out = phone.getOutputStream();
                out.write(options("SIP/2.0/TLS 127.0.0.1:" + phone.getLocalPort(), "tls1")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                assertTrue(head(phone.getInputStream()).startsWith("SIP/2.0 200 "));
                assertEquals("TLS", connector.endpoint.nextRequest(WAIT).orElseThrow().transport());
            }
        }
    }

    private static String options(String via, String callId) {
        return "OPTIONS sip:127.0.0.1 SIP/2.0\r\n"
                + "Via: " + via + ";branch=" + TestPhone.branch() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:alice@127.0.0.1>;tag=" + callId + "\r\n"
                + "To: <sip:127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    /** The start line and headers of the next message on a stream. */
    private static String head(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
