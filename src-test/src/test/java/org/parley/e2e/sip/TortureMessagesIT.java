package org.parley.e2e.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;

/**
 * The RFC 4475 and RFC 5118 torture messages, each sent byte for byte over UDP and over TCP: whatever Parley makes of
 * it, it keeps serving (an OPTIONS right after is answered 200) and nothing it logs is a crash.
 */
@ExtendWith(SharedParleyServer.class)
class TortureMessagesIT {

    static Stream<String> messages() throws IOException {
        List<String> names = new ArrayList<>();
        for (String set : List.of("rfc4475", "rfc5118")) {
            Path dir = Path.of(System.getProperty("parley.buildDir", "target"), "test-classes", "sip-torture", set);
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".dat")).sorted()
                        .forEach(f -> names.add(set + "/" + f.getFileName()));
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0} over UDP")
    @MethodSource("messages")
    void overUdpTheServerKeepsServing(String message, ParleyServer server) {
        try (SipClient phone = SipClient.udp(server)) {
            phone.send(bytesOf(message));
            assertStillServing(server, phone);
        }
    }

    @ParameterizedTest(name = "{0} over TCP")
    @MethodSource("messages")
    void overTcpTheServerKeepsServing(String message, ParleyServer server) throws IOException {
        try (Socket tcp = new Socket(server.sipHost(), server.sipPort())) {
            tcp.setSoTimeout(300);
            OutputStream out = tcp.getOutputStream();
            out.write(bytesOf(message));
            out.flush();
            tcp.shutdownOutput();
            drain(tcp.getInputStream());
        }
        try (SipClient phone = SipClient.udp(server)) {
            assertStillServing(server, phone);
        }
    }

    private static void assertStillServing(ParleyServer server, SipClient phone) {
        String callId = UUID.randomUUID() + "@after-torture";
        SipMessageText ok = phone.request(SipRequests.request("OPTIONS", "sip:127.0.0.1", phone.localPort(), callId),
                callId);
        assertEquals(200, ok.status());
        assertFalse(server.logText().contains("OutOfMemoryError"), "the server log shows a crash");
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // read until the server closes or the timeout passes
            }
        } catch (IOException timeoutOrReset) {
            // the server may keep the connection open or reset it; either is fine here
        }
    }

    private static byte[] bytesOf(String message) {
        try (InputStream in = TortureMessagesIT.class.getResourceAsStream("/sip-torture/" + message)) {
            if (in == null) {
                throw new IllegalStateException("missing torture message " + message);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
