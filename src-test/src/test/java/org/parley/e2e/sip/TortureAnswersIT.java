package org.parley.e2e.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;

/**
 * Torture messages (RFC 4475) answered as the RFCs say, each sent alone as one UDP datagram. Their Vias name hosts
 * of their own (192.0.2.x, example.com), where an answer would go: the top Via alone is rewritten to this test's
 * address (with {@code rport}) so that the answer comes back here; every other byte is the corpus's. The branch gets
 * a suffix unique to the send, so that a rerun within 32 s is not a retransmission of the previous run's message
 * (transactions are matched on branch, sent-by and method; {@link TortureCorpusIT} replays the whole corpus with
 * the corpus's own branches).
 */
@ExtendWith(SharedParleyServer.class)
class TortureAnswersIT {

    /** The top Via header with its folded continuation lines. */
    private static final Pattern TOP_VIA = Pattern.compile("(?im)^(via|v)[ \\t]*:.*(\\r\\n[ \\t].*)*\\r\\n");
    private static final Pattern BRANCH = Pattern.compile("(?i)branch[ \\t]*=[ \\t]*([^;,\\s]+)");
    private static final Pattern CALL_ID = Pattern.compile("(?im)^(call-id|i)[ \\t]*:[ \\t]*(\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(5);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // §3.1.1.1: valid, its To tag names a dialog that does not exist (RFC 3261 §12.2.2), not a server error
        "rfc4475/wsinv.dat, 481",
        // §3.3.7: a body type Parley cannot read, refused before anything is decided about the caller
        "rfc4475/invut.dat, 415",
        // §3.3.14: an Accept that rules out SDP, the only type Parley answers an offer with
        "rfc4475/sdp01.dat, 488",
    })
    void isAnsweredAsTheRfcSays(String message, int expected, ParleyServer server) {
        try (SipClient phone = SipClient.udp(server)) {
            String text = new String(bytesOf(message), StandardCharsets.ISO_8859_1);
            Matcher via = TOP_VIA.matcher(text);
            if (!via.find()) {
                throw new AssertionError("no Via in " + message);
            }
            Matcher branch = BRANCH.matcher(via.group());
            String b = (branch.find() ? branch.group(1) : "z9hG4bK-torture") + "." + UUID.randomUUID();
            String rewritten = text.substring(0, via.start()) + "Via: SIP/2.0/UDP 127.0.0.1:" + phone.localPort()
                    + ";branch=" + b + ";rport\r\n" + text.substring(via.end());
            Matcher callId = CALL_ID.matcher(rewritten);
            if (!callId.find()) {
                throw new AssertionError("no Call-ID in " + message);
            }
            phone.send(rewritten.getBytes(StandardCharsets.ISO_8859_1));

            SipMessageText answer = finalAnswer(phone, callId.group(2))
                    .orElseThrow(() -> new AssertionError("no final answer to " + message));
            assertEquals(expected, answer.status(), answer::toString);
        }
    }

    private static Optional<SipMessageText> finalAnswer(SipClient phone, String callId) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<SipMessageText> m = phone.receive(Duration.between(Instant.now(), deadline));
            if (m.isPresent() && m.get().isResponse() && m.get().status() >= 200
                    && m.get().header("Call-ID").map(callId::equals).orElse(false)) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static byte[] bytesOf(String message) {
        try (InputStream in = TortureAnswersIT.class.getResourceAsStream("/sip-torture/" + message)) {
            if (in == null) {
                throw new IllegalStateException("missing torture message " + message);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
