package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/**
 * No name lookup (forward or reverse DNS) happens while the connector handles SIP messages (issue 10, point 7).
 *
 * <p>How lookups are seen: this class runs in a JVM of its own (the surefire execution {@code no-name-lookups} in this
 * module's POM) started with {@code -Djdk.net.hosts.file} naming a FIFO. With that property the JDK resolves every
 * name and every address (InetAddress.getByName of a name, getHostName, getCanonicalHostName,
 * InetSocketAddress.getHostName …) from that file instead of DNS, and opens it at each lookup: a writer thread here
 * serves each opening and counts it. The count must not move while the messages are handled. JDK 17 has no resolver
 * SPI (JEP 418 came in 18); this is the JDK's own switch, so the check sees JAIN-SIP's lookups as well as ours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoNameLookupTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String OFFER = Sdp.of("alice", 4000);

    private final AtomicInteger lookups = new AtomicInteger();
    /** Openings whose reader closed the file before the writer was done (the JDK reads what it needs). */
    private final AtomicInteger shortReads = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Path hostsFile;
    private ConnectorFixture connector;

    @BeforeAll
    void serveTheHostsFileAndStart() throws Exception {
        String property = System.getProperty("jdk.net.hosts.file");
        assumeTrue(property != null, "runs in the surefire execution no-name-lookups, which sets jdk.net.hosts.file");
        hostsFile = Path.of(property);
        Files.deleteIfExists(hostsFile);
        Files.createDirectories(hostsFile.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", hostsFile.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        Thread server = new Thread(this::serveLookups, "hosts-file-server");
        server.setDaemon(true);
        server.start();
        connector = ConnectorFixture.startFast(NoNameLookupTest::answer);
    }

    /** Each opening of the hosts file is one lookup: answer it with the loopback names and count it. */
    private void serveLookups() {
        byte[] hosts = "127.0.0.1 localhost\n::1 localhost\n".getBytes(StandardCharsets.US_ASCII);
        while (!stopped.get()) {
            try (FileOutputStream out = new FileOutputStream(hostsFile.toFile())) {
                if (!stopped.get()) {
                    lookups.incrementAndGet();
                }
                out.write(hosts);
            } catch (IOException e) {
                // the reader closed the file before reading all of it (a broken pipe): that lookup is counted
                // already, and the next opening must still be served, or the JVM waits for a writer for ever
                shortReads.incrementAndGet();
            }
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (connector == null) {
            return;
        }
        connector.close();
        stopped.set(true);
        new FileInputStream(hostsFile.toFile()).close(); // unblocks the writer waiting for a reader
        Files.deleteIfExists(hostsFile);
    }

    private static void answer(SipRequest request, SipConnection connection) {
        switch (request.method()) {
            case "INVITE" -> {
                connection.respond(request.transactionKey(), SipResponseSpec.status(180).build());
                connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                        .body("application/sdp", Sdp.of("parley", 5000)).build());
            }
            case "ACK" -> { }
            default -> connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
        }
    }

    /** The probe itself: a reverse lookup of an address, as {@code getHostName} does, is seen. */
    @Test
    void aReverseLookupIsCounted() throws Exception {
        int before = lookups.get();
        assertEquals("localhost", InetAddress.getByAddress(new byte[] {127, 0, 0, 1}).getHostName());
        assertTrue(lookups.get() > before, "the hosts file was read");
    }

    @Test
    void handlingRequestsAndACallLooksUpNoName() throws Exception {
        int atStart = lookups.get();

        try (UdpSipClient client = connector.udpClient(); TestPhone alice = connector.phone("alice")) {
            client.send(client.request("OPTIONS"));
            assertEquals(200, client.finalResponse(WAIT).statusCode());
            client.send(client.request("REGISTER").header("Contact: <sip:alice@phone.example.com:5062>"));
            assertEquals(200, client.finalResponse(WAIT).statusCode());
            client.send(client.request("OPTIONS").viaClaimsPort(5099));
            assertEquals(200, client.finalResponse(WAIT).statusCode());
            String named = client.request("OPTIONS").text()
                    .replace("Via: SIP/2.0/UDP 127.0.0.1:", "Via: SIP/2.0/UDP phone.example.com:");
            client.send(named.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, client.finalResponse(WAIT).statusCode(), "a Via naming a host is answered at the source");

            TestPhone.Dialog call = alice.call(connector.uri());
            call.invite(OFFER);
            SipText ok = alice.response(200, "INVITE", WAIT);
            call.established(ok).ackInvite(null);
            connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Confirmed, WAIT);
            call.send("BYE", null);
            alice.response(200, "BYE", WAIT);
            connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Ended, WAIT);
        }

        assertEquals(atStart, lookups.get(), "name lookups while handling SIP messages");
    }
}
