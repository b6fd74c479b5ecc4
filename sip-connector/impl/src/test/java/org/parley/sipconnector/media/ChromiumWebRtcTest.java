package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parley.sipconnector.Negotiation;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.Sound;

/**
 * Headless Chromium (fake microphone) makes a WebRTC call to an engine endpoint: ICE-lite, DTLS-SRTP and SRTP
 * against a real browser, and its {@code getStats()} shows the engine's audio received and decrypted.
 */
class ChromiumWebRtcTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @Test
    void chromiumReceivesTheEnginesAudioOverDtlsSrtp(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Debian's chromium and chromium-driver");
        // loopback only (tests never leave the machine): Chromium gathers loopback candidates when allowed to
        Optional<String> address = Optional.of("127.0.0.1");
        HttpServer page = page();
        int base = 30000 + 2 * java.util.concurrent.ThreadLocalRandom.current().nextInt(4900);
        EngineFixture fixture = new EngineFixture(address.get(), base, base + 19, Duration.ofSeconds(60));
        ChromeDriver chromium = chromium(dir);
        try {
            chromium.get("http://127.0.0.1:" + page.getAddress().getPort() + "/");
            String offer = (String) chromium.executeAsyncScript("""
                    const done = arguments[0];
                    (async () => {
                      const pc = new RTCPeerConnection(); window.pc = pc;
                      const mic = await navigator.mediaDevices.getUserMedia({audio: true});
                      mic.getTracks().forEach(t => pc.addTrack(t, mic));
                      await pc.setLocalDescription(await pc.createOffer());
                      done(pc.localDescription.sdp);
                    })().catch(e => done('ERROR ' + e));""");
            assertTrue(offer.startsWith("v=0"), offer);

            String id = fixture.engine.open("leg-chromium");
            Negotiation n = fixture.engine.answer(id, SipBody.sdp(offer));
            fixture.engine.play(id, List.of(new Sound("tone", tone())), true);
            chromium.executeAsyncScript("""
                    const done = arguments[1];
                    window.pc.setRemoteDescription({type: 'answer', sdp: arguments[0]}).then(() => done(''));""",
                    n.answer().text());
            receivesAndDecrypts(chromium, fixture, id);
        } finally {
            chromium.quit();
            fixture.close();
            page.stop(0);
        }
    }

    @Test
    void chromiumAnswersTheEnginesOfferAndReceivesItsAudio(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Debian's chromium and chromium-driver");
        HttpServer page = page();
        int base = 30000 + 2 * java.util.concurrent.ThreadLocalRandom.current().nextInt(4900);
        EngineFixture fixture = new EngineFixture("127.0.0.1", base, base + 19, Duration.ofSeconds(60));
        ChromeDriver chromium = chromium(dir);
        try {
            chromium.get("http://127.0.0.1:" + page.getAddress().getPort() + "/");
            String id = fixture.engine.open("leg-chromium", org.parley.sipconnector.MediaKind.WEBRTC);
            String offer = fixture.engine.offer(id).text();
            String answer = (String) chromium.executeAsyncScript("""
                    const done = arguments[1];
                    (async () => {
                      const pc = new RTCPeerConnection(); window.pc = pc;
                      await pc.setRemoteDescription({type: 'offer', sdp: arguments[0]});
                      const mic = await navigator.mediaDevices.getUserMedia({audio: true});
                      mic.getTracks().forEach(t => pc.addTrack(t, mic));
                      await pc.setLocalDescription(await pc.createAnswer());
                      done(pc.localDescription.sdp);
                    })().catch(e => done('ERROR ' + e));""", offer);
            assertTrue(answer.startsWith("v=0"), answer);
            assertTrue(answer.contains("a=setup:active"), answer);

            fixture.engine.accept(id, SipBody.sdp(answer.replace("\r\n", "\n").replace("\n", "\r\n")));
            fixture.engine.play(id, List.of(new Sound("tone", tone())), true);
            receivesAndDecrypts(chromium, fixture, id);
        } finally {
            chromium.quit();
            fixture.close();
            page.stop(0);
        }
    }

    private static void receivesAndDecrypts(ChromeDriver chromium, EngineFixture fixture, String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> stats = (Map<String, Object>) chromium.executeAsyncScript(RECEIVED);
        assertEquals("connected", stats.get("state"));
        assertTrue(((Number) stats.get("received")).longValue() >= 50, stats::toString);
        assertTrue(fixture.engine.secured(id));
    }

    /** Waits up to 15 s for 50 audio packets received by {@code window.pc}: its connection state and the count. */
    private static final String RECEIVED = """
            const done = arguments[arguments.length - 1];
            (async () => {
              const deadline = Date.now() + 15000;
              while (Date.now() < deadline) {
                const report = await window.pc.getStats();
                let received = 0;
                report.forEach(r => { if (r.type === 'inbound-rtp') received = r.packetsReceived; });
                if (received >= 50) {
                  done({state: window.pc.connectionState, received: received});
                  return;
                }
                await new Promise(r => setTimeout(r, 200));
              }
              done({state: window.pc.connectionState, received: 0});
            })().catch(e => done({state: 'ERROR ' + e, received: 0}));""";

    private static HttpServer page() throws IOException {
        HttpServer page = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        page.createContext("/", exchange -> {
            byte[] html = "<html><body>parley</body></html>".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        page.start();
        return page;
    }

    private static byte[] tone() {
        byte[] mulaw = new byte[8000];
        for (int i = 0; i < mulaw.length; i++) {
            mulaw[i] = G711.linearToUlaw((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        return mulaw;
    }

    private static ChromeDriver chromium(Path dir) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--allow-loopback-in-peer-connection",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        return new ChromeDriver(service, options);
    }
}
