package org.parley.e2e.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;

/**
 * The whole torture corpus (RFC 4475, RFC 5118: 61 messages) replayed against the shared server one message at a time,
 * each from a socket of its own, with the answer the RFCs ask for per message. So that the answer comes back here,
 * a Via naming this test's socket ({@code 127.0.0.1:port;rport}) is put on top of each request, carrying the branch
 * of the corpus's own top Via: every byte of the corpus stays, the corpus's Via included. Many messages share a
 * branch ({@code z9hG4bKkdjuw}: invut, sdp01, multi01 …; {@code z9hG4bKas3-111}: most of RFC 5118) and arrive within
 * seconds of each other: they are told apart only because server transactions are matched on the branch AND the
 * sent-by AND the method (RFC 3261 §17.2.3). An RFC 2543 request (no branch) gets a Via without one.
 *
 * <p>Expected: a status; {@code ok} = processed normally (a final answer that is not 400 and not 500: the
 * application's decision, such as 401, 404 or 501 for an unknown method); {@code none} = no answer (responses no
 * transaction expects are dropped). Messages the server does not handle as the RFCs say are listed in
 * {@link #NOT_AS_THE_RFC_SAYS}, each with why; the test fails if one more goes wrong, or one of those gets fixed
 * (so the list stays true).
 */
@ExtendWith(SharedParleyServer.class)
class TortureCorpusIT {

    private static final Logger LOG = Logger.getLogger(TortureCorpusIT.class.getName());
    private static final Pattern FIRST_VIA = Pattern.compile("(?im)^(via|v)[ \\t]*:");
    private static final Pattern BRANCH = Pattern.compile("(?i)branch[ \\t]*=[ \\t]*([^;,\\s]+)");
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String OK = "ok";
    private static final String NONE = "none";

    /** RFC 4475 §3 and RFC 5118 §4: what each message should get. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    /**
     * Not handled as the RFCs say, and why. insuf (§3.1.2.18): no Call-ID, From or To; JAIN-SIP drops it before any
     * listener (nothing to build a response from), where the RFC would like a 400. regaut01 (§3.3.5): a REGISTER for
     * example.com, a domain Parley does not serve, gets 404 before any challenge, where the RFC wants the registrar
     * of that domain to challenge (401).
     */
    private static final Set<String> NOT_AS_THE_RFC_SAYS = Set.of("rfc4475/insuf", "rfc4475/regaut01");

    static {
        // RFC 4475 §3.1.1: valid messages, processed normally
        expect(OK, "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq", "semiuri", "transports", "mpart01",
                "intmeth");
        EXPECTED.put("rfc4475/wsinv", "481"); // its To tag names no dialog of ours (RFC 3261 §12.2.2)
        expect(NONE, "unreason", "noreason");
        // §3.1.2: invalid messages
        expect("400", "badinv01", "clerr", "ncl", "scalar02", "quotbal", "ltgtruri", "lwsruri", "lwsstart", "trws",
                "escruri", "regbadct", "badaspec", "baddn", "mismatch01", "mismatch02", "insuf");
        EXPECTED.put("rfc4475/baddate", OK); // §3.1.2.12: rejecting is allowed, ignoring the Date is liberal
        EXPECTED.put("rfc4475/badvers", "505");
        expect(NONE, "scalarlg", "bigcode");
        // §3.2: transaction layer
        EXPECTED.put("rfc4475/badbranch", OK);
        // §3.3: application layer
        expect("416", "unkscm", "novelsc");
        // §3.3.2: parses; its To (isbn:…) is no SIP address of record, so a registrar refuses to bind it
        EXPECTED.put("rfc4475/unksm2", "400");
        EXPECTED.put("rfc4475/bext01", "420");
        EXPECTED.put("rfc4475/invut", "415");
        EXPECTED.put("rfc4475/regaut01", "401");
        expect("400", "multi01", "mcl01");
        EXPECTED.put("rfc4475/bcast", NONE);
        // §3.3.9: Max-Forwards 0; 483 from a proxy, but an endpoint (Parley, a B2BUA, for OPTIONS) processes it
        EXPECTED.put("rfc4475/zeromf", OK);
        expect(OK, "cparam01", "cparam02", "regescrt");
        EXPECTED.put("rfc4475/sdp01", "488");
        // §3.4: backward compatibility
        EXPECTED.put("rfc4475/inv2543", OK);
        // RFC 5118 §4
        for (String valid : new String[] {"ipv6-good", "port-ambiguous", "port-unambiguous",
            "ipv6-correct-abnf-2-colons", "ipv4-mapped-ipv6", "ipv6-in-sdp", "mult-ip-in-sdp",
            "via-received-param-no-delim"}) {
            EXPECTED.put("rfc5118/" + valid, OK);
        }
        EXPECTED.put("rfc5118/ipv6-bad", "400");
        EXPECTED.put("rfc5118/ipv6-bug-abnf-3-colons", "400");
        EXPECTED.put("rfc5118/mult-ip-in-header", "481"); // a BYE outside any dialog
        EXPECTED.put("rfc5118/via-received-param-with-delim", "481");
    }

    private static void expect(String answer, String... rfc4475) {
        for (String name : rfc4475) {
            EXPECTED.put("rfc4475/" + name, answer);
        }
    }

    @Test
    void theCorpusIsAnsweredAsTheRfcsSay(ParleyServer server) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> wrong = new TreeSet<>();
        for (Map.Entry<String, String> message : EXPECTED.entrySet()) {
            String answer = replay(server, message.getKey(), message.getValue());
            answers.put(message.getKey(), answer);
            if (!matches(message.getValue(), answer.split(" ", 2)[0])) {
                wrong.add(message.getKey());
            }
        }
        int right = EXPECTED.size() - wrong.size();
        LOG.info(() -> "Torture corpus: " + right + " of " + EXPECTED.size() + " answered as the RFCs say; "
                + "answers " + answers + "; not as the RFCs say: " + wrong);

        assertEquals(61, EXPECTED.size(), "the whole corpus");
        assertTrue(right >= 58, () -> right + " of 61 only; answers " + answers);
        assertEquals(new TreeSet<>(NOT_AS_THE_RFC_SAYS), wrong, () -> "answers " + answers);
    }

    private static boolean matches(String expected, String answer) {
        if (OK.equals(expected)) {
            return !answer.equals(NONE) && !answer.equals("400") && !answer.equals("500");
        }
        return expected.equals(answer);
    }

    /** The status and reason of the first final answer to {@code name} sent alone, or {@code none}. */
    private static String replay(ParleyServer server, String name, String expected) {
        try (SipClient phone = SipClient.udp(server)) {
            phone.send(withOurVia(bytesOf(name + ".dat"), phone.localPort()));
            Instant deadline = Instant.now().plus(NONE.equals(expected) ? QUIET : WAIT);
            while (Instant.now().isBefore(deadline)) {
                Optional<SipMessageText> m = phone.receive(Duration.between(Instant.now(), deadline));
                if (m.isPresent() && m.get().isResponse() && m.get().status() >= 200) {
                    return m.get().status() + " " + m.get().reason();
                }
            }
            return NONE;
        }
    }

    /** A request with a Via naming this test's socket on top, with the corpus's top branch; a response as it is. */
    private static byte[] withOurVia(byte[] bytes, int port) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher via = FIRST_VIA.matcher(text);
        if (text.startsWith("SIP/") || !via.find()) {
            return bytes;
        }
        int lineEnd = text.indexOf("\r\n", via.start());
        Matcher branch = BRANCH.matcher(text.substring(via.start(), lineEnd < 0 ? text.length() : lineEnd));
        String ours = "Via: SIP/2.0/UDP 127.0.0.1:" + port + (branch.find() ? ";branch=" + branch.group(1) : "")
                + ";rport\r\n";
        return (text.substring(0, via.start()) + ours + text.substring(via.start()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytesOf(String message) {
        try (InputStream in = TortureCorpusIT.class.getResourceAsStream("/sip-torture/" + message)) {
            if (in == null) {
                throw new IllegalStateException("missing torture message " + message);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
