package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.media.AudioMatch;
import org.parley.e2e.media.Recordings;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * The phone widget's audio through Parley's WebRTC engine (headless Chromium, its fake microphone playing a
 * {@value Browser#TONE_HZ} Hz tone; baresip phones sending 440 Hz and recording what they receive): a phone calls the
 * browser and the two hear each other; the browser calls a phone, presses a key (call.dtmf) and holds (the phone
 * hears the music); the browser transfers its caller to another phone; a browser calls a browser.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class BrowserAudioIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final By PHONE = By.id("phone");
    /** At or above: the same waveform (an exact G.711 replay measures near 1.0). */
    private static final double SAME = 0.8;

    /** Signs a new extension's user in; returns the extension once the widget says it is registered. */
    private static String registeredWidget(ParleyServer server, Browser browser) {
        String ext = Extensions.create(server, "browser-audio-secret");
        Users.User agent = Users.createLinked(server, ext, "agent");
        browser.signIn(agent.username(), agent.password()).open("/");
        awaitState(browser, "registered");
        return ext;
    }

    private static void awaitState(Browser browser, String state) {
        browser.await("the widget " + state, () -> state.equals(browser.find(PHONE).getAttribute("data-state")));
    }

    /** A baresip phone registered as a new extension. */
    private record Phone(Baresip baresip, String ext) implements AutoCloseable {

        static Phone of(ParleyServer server, String name, String answerMode) {
            Baresip phone = Baresip.start(name);
            String ext = Extensions.create(server, name + "-secret");
            phone.register(server, ext, name + "-secret", answerMode);
            return new Phone(phone, ext);
        }

        Path rec() {
            return baresip.dir().resolve("rec");
        }

        @Override
        public void close() {
            baresip.close();
        }
    }

    private static void dialFromWidget(Browser browser, String number) {
        browser.click(By.id("phoneToggle"));
        browser.type(By.id("phoneNumber"), number);
        browser.click(By.id("phoneCall"));
    }

    /** Waits until the browser's peer connection has received audio with energy (the far end's tone). */
    private static void awaitAudioReceived(Browser browser) {
        Map<String, Object> last = new java.util.HashMap<>();
        try {
            Await.until(WAIT, "audio packets with energy received by the browser", () -> {
                Map<String, Object> in = browser.inboundAudio();
                last.putAll(in);
                return ((Number) in.get("packets")).longValue() >= 50 && ((Number) in.get("energy")).doubleValue() > 0;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + last, e);
        }
    }

    @Test
    void aPhoneCallsTheBrowserAndEachHearsTheOther(ParleyServer server, Browser browser) {
        String ext = registeredWidget(server, browser);
        try (Phone phone = Phone.of(server, "to-browser", "manual")) {
            Baresip caller = phone.baresip();
            caller.command("dial", "sip:" + ext + "@" + server.sipHost() + ":" + server.sipPort());
            browser.await("the incoming call shown", () -> browser.find(By.id("phoneIncoming")).isDisplayed());
            assertTrue(browser.find(By.id("phoneCaller")).getText().contains(phone.ext()),
                    () -> browser.find(By.id("phoneCaller")).getText());
            browser.click(By.id("phoneAccept"));
            awaitState(browser, "in-call");
            caller.await("CALL_ESTABLISHED");

            awaitAudioReceived(browser);
            Recordings.awaitMore(phone.rec(), 2);
            assertTone(phone.rec(), Browser.TONE_HZ, 440);
            browser.click(By.id("phoneHangup"));
            caller.await("CALL_CLOSED");
        }
    }

    @Test
    void theBrowserCallsAPhonePressesAKeyAndHoldsAndThePhoneHearsItsToneThenTheMusic(ParleyServer server,
            Browser browser) {
        String ext = registeredWidget(server, browser);
        float[] music = Arrays.copyOf(Sounds.download(server, "moh-default").heard().samples(), 16000);
        try (EventStream events = EventStream.open(server); Phone phone = Phone.of(server, "from-browser", "auto")) {
            Baresip callee = phone.baresip();
            dialFromWidget(browser, phone.ext());
            awaitState(browser, "in-call");
            callee.await("CALL_ESTABLISHED");
            awaitAudioReceived(browser);
            Path rec = phone.rec();
            Recordings.awaitMore(rec, 2);
            assertTone(rec, Browser.TONE_HZ, 440);

            browser.click(By.cssSelector("#phoneKeypad button[data-key='5']"));
            JsonObject five = events.await("call.dtmf 5 from the browser", WAIT,
                    e -> e.name().equals("call.dtmf") && e.json().getString("digit").equals("5")).json();
            assertTrue(five.containsKey("call"), five::toString);

            browser.click(By.id("phoneHold"));
            events.await("call.held", WAIT, e -> e.name().equals("call.held"));
            long before = Recordings.size(rec);
            Recordings.awaitMore(rec, 3);
            float[] all = Recordings.samples(rec);
            int from = (int) Math.min(all.length, Math.max(0, (before - 44) / 2));
            float[] held = Arrays.copyOfRange(all, from, Math.min(all.length, from + 3 * 8000));
            double similarity = AudioMatch.similarity(music, held);
            assertTrue(similarity >= SAME, () -> "the phone heard the music on hold: similarity " + similarity);
            browser.click(By.id("phoneHangup"));
            callee.await("CALL_CLOSED");
        }
    }

    @Test
    void theBrowserTransfersItsCallerToAnotherPhone(ParleyServer server, Browser browser) {
        String ext = registeredWidget(server, browser);
        try (Phone transferred = Phone.of(server, "transferred", "manual");
                Phone targetPhone = Phone.of(server, "transfer-target", "auto")) {
            Baresip caller = transferred.baresip();
            Baresip target = targetPhone.baresip();
            caller.command("dial", "sip:" + ext + "@" + server.sipHost() + ":" + server.sipPort());
            browser.await("the incoming call shown", () -> browser.find(By.id("phoneIncoming")).isDisplayed());
            browser.click(By.id("phoneAccept"));
            awaitState(browser, "in-call");
            caller.await("CALL_ESTABLISHED");

            browser.type(By.id("phoneTransferTo"), targetPhone.ext());
            browser.click(By.id("phoneTransfer"));
            target.await("CALL_ESTABLISHED");
            awaitState(browser, "registered");
            Recordings.awaitMore(targetPhone.rec(), 2);
            assertTone(targetPhone.rec(), 440, Browser.TONE_HZ);
            target.command("hangup", "");
            caller.await("CALL_CLOSED");
        }
    }

    @Test
    void aBrowserCallsABrowserAndBothReceiveAudio(ParleyServer server, Browser browser) {
        String caller = registeredWidget(server, browser);
        try (Browser other = Browser.start(server, Path.of(System.getProperty("parley.buildDir", "target"))
                .resolve("browsers"))) {
            String callee = registeredWidget(server, other);
            dialFromWidget(browser, callee);
            other.await("the incoming call shown", () -> other.find(By.id("phoneIncoming")).isDisplayed());
            assertTrue(other.find(By.id("phoneCaller")).getText().contains(caller));
            other.click(By.id("phoneAccept"));
            awaitState(other, "in-call");
            awaitState(browser, "in-call");

            awaitAudioReceived(browser);
            awaitAudioReceived(other);
            browser.click(By.id("phoneHangup"));
            awaitState(other, "registered");
        }
    }

    /** The phone's recording: the tone {@code expectedHz} dominates {@code otherHz} in its last two seconds. */
    private static void assertTone(Path rec, int expectedHz, int otherHz) {
        float[] heard = Recordings.samples(rec);
        float[] tail = Arrays.copyOfRange(heard, Math.max(0, heard.length - 16000), heard.length);
        double expected = power(tail, expectedHz);
        double other = power(tail, otherHz);
        assertTrue(expected > 10 * other && expected > 1e-6, () -> rec + ": " + expectedHz + " Hz power "
                + expected + ", " + otherHz + " Hz power " + other);
    }

    /** Goertzel: the mean power of {@code hz} in 8 kHz samples. */
    private static double power(float[] samples, int hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / 8000.0);
        double s1 = 0;
        double s2 = 0;
        for (float x : samples) {
            double s = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double n = Math.max(1, samples.length);
        return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / (n * n);
    }
}
