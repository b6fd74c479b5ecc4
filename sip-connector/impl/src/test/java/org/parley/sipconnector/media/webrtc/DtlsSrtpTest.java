package org.parley.sipconnector.media.webrtc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Parley's DTLS-SRTP as server against itself as client, over in-memory datagrams. */
class DtlsSrtpTest {

    private static final byte[] RTP = Hex.bytes("80000001 000000a0 11223344 d5d5d5d5 d5d5d5d5 d5d5d5d5");

    @Test
    void bothSidesDeriveMatchingSrtpKeysAndCheckFingerprints() throws Exception {
        DtlsIdentity engine = DtlsIdentity.generate("parley");
        DtlsIdentity browser = DtlsIdentity.generate("browser");
        assertTrue(engine.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));

        Pair pair = new Pair();
        CompletableFuture<DtlsSrtp.Keys> server = CompletableFuture.supplyAsync(() -> handshake(
                DtlsSrtp.Role.SERVER, engine, browser.fingerprint(), pair.server));
        DtlsSrtp.Keys client = DtlsSrtp.run(DtlsSrtp.Role.CLIENT, browser, engine.fingerprint(), pair.client);
        DtlsSrtp.Keys served = server.get(30, TimeUnit.SECONDS);

        byte[] fromBrowser = client.sending().protectRtp(RTP, RTP.length);
        assertArrayEquals(RTP, served.receiving().unprotectRtp(fromBrowser, fromBrowser.length).orElseThrow());
        byte[] fromEngine = served.sending().protectRtp(RTP, RTP.length);
        assertArrayEquals(RTP, client.receiving().unprotectRtp(fromEngine, fromEngine.length).orElseThrow());
    }

    @Test
    void refusesAPeerWhoseCertificateIsNotTheOneInTheSdp() {
        DtlsIdentity engine = DtlsIdentity.generate("parley");
        DtlsIdentity browser = DtlsIdentity.generate("browser");
        DtlsIdentity impostor = DtlsIdentity.generate("impostor");
        Pair pair = new Pair();
        CompletableFuture<DtlsSrtp.Keys> server = CompletableFuture.supplyAsync(() -> handshake(
                DtlsSrtp.Role.SERVER, engine, browser.fingerprint(), pair.server));
        assertThrows(IOException.class,
                () -> DtlsSrtp.run(DtlsSrtp.Role.CLIENT, impostor, engine.fingerprint(), pair.client));
        assertThrows(ExecutionException.class, () -> server.get(30, TimeUnit.SECONDS));
    }

    private static DtlsSrtp.Keys handshake(DtlsSrtp.Role role, DtlsIdentity identity, String peer,
            QueueTransport transport) {
        try {
            return DtlsSrtp.run(role, identity, peer, transport);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Two transports wired to each other. */
    private static final class Pair {
        final AtomicReference<QueueTransport> toServer = new AtomicReference<>();
        final AtomicReference<QueueTransport> toClient = new AtomicReference<>();
        final QueueTransport server = new QueueTransport(p -> toClient.get().deliver(p, p.length));
        final QueueTransport client = new QueueTransport(p -> toServer.get().deliver(p, p.length));

        Pair() {
            toServer.set(server);
            toClient.set(client);
        }
    }
}
