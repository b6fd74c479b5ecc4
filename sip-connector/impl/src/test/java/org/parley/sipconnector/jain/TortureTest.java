package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponse;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * Every RFC 4475 / RFC 5118 torture message, sent byte-exact as one UDP datagram: the connector keeps serving after
 * each, answers 400 where JAIN-SIP can answer the sender, and hands the application only what parsed into a usable
 * request. The table below records what JAIN-SIP 1.3.0-91 does with each; a change of stack shows up here.
 *
 * <p>Most torture messages' Vias name hosts of their own (192.0.2.x, example.com), so a response that follows the
 * Via never reaches this test's phone: only what JAIN-SIP sends straight back to the packet's source is seen.
 */
class TortureTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** What became of a torture message, as a phone and the application can tell. */
    enum Outcome {
        /** JAIN-SIP could not parse it and answered 400 to the packet's source; the application never saw it. */
        BAD_REQUEST,
        /** Neither delivered nor answered to the sender (dropped, or answered along a Via that leads elsewhere). */
        NOT_DELIVERED,
        /** Delivered to the application as a request. */
        DELIVERED,
        /** A response (no transaction expects it), delivered to the application as a stray response. */
        STRAY_RESPONSE
    }

    private static final Map<String, Outcome> EXPECTED = new LinkedHashMap<>();

    static {
        // RFC 4475 §3.1.1: valid messages, all delivered (dblreq: only the first request of the datagram).
        for (String valid : List.of("wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq",
                "semiuri", "transports", "mpart01")) {
            EXPECTED.put("rfc4475/" + valid, Outcome.DELIVERED);
        }
        EXPECTED.put("rfc4475/unreason", Outcome.STRAY_RESPONSE);
        EXPECTED.put("rfc4475/noreason", Outcome.STRAY_RESPONSE);
        // §3.1.2: invalid messages JAIN-SIP's parser rejects, answering 400 to the source.
        for (String rejected : List.of("badinv01", "clerr", "ncl", "scalar02", "quotbal", "ltgtruri", "lwsruri",
                "mismatch01", "mismatch02")) {
            EXPECTED.put("rfc4475/" + rejected, Outcome.BAD_REQUEST);
        }
        // §3.1.2: invalid responses it cannot parse, dropped.
        EXPECTED.put("rfc4475/scalarlg", Outcome.NOT_DELIVERED);
        EXPECTED.put("rfc4475/bigcode", Outcome.NOT_DELIVERED);
        // §3.1.2: invalid messages JAIN-SIP's lenient parser accepts and delivers (the application sees a
        // well-formed view): extra whitespace in the request line (lwsstart, trws), a bad Date (baddate), spaces in
        // an addr-spec (badaspec), non-token display name (baddn), unenclosed name-addr with parameters (regbadct),
        // and escaped headers in the Request-URI (escruri).
        for (String lenient : List.of("baddate")) {
            EXPECTED.put("rfc4475/" + lenient, Outcome.DELIVERED);
        }
        // §3.2 and §3.3: transaction- and application-layer cases, delivered for the application to decide (416,
        // 420, 415, 483, ...).
        for (String application : List.of("badbranch", "unkscm", "novelsc", "unksm2", "bext01", "invut", "regaut01",
                "zeromf", "cparam01", "cparam02", "regescrt", "sdp01")) {
            EXPECTED.put("rfc4475/" + application, Outcome.DELIVERED);
        }
        // What JAIN-SIP's lenient parser accepts but the RFCs refuse, refused by the connector from the bytes
        // received (RawRequestChecks) through the request's transaction, along its Via (not to this phone): SIP/7.0
        // (badvers, 505), repeated single-value headers (multi01, mcl01, 400), a bare or three-colon IPv6 host in
        // the Request-URI (ipv6-bad, ipv6-bug-abnf-3-colons, 400), extra white space in the request line (lwsstart,
        // trws), headers in the Request-URI (escruri), malformed From/To/Contact (regbadct, badaspec, baddn).
        for (String refused : List.of("rfc4475/badvers", "rfc4475/multi01", "rfc4475/mcl01", "rfc5118/ipv6-bad",
                "rfc5118/ipv6-bug-abnf-3-colons", "rfc4475/lwsstart", "rfc4475/trws", "rfc4475/escruri",
                "rfc4475/regbadct", "rfc4475/badaspec", "rfc4475/baddn")) {
            EXPECTED.put(refused, Outcome.NOT_DELIVERED);
        }
        // Missing Call-ID, From and To: JAIN-SIP drops it, there is nothing to build a response from.
        EXPECTED.put("rfc4475/insuf", Outcome.NOT_DELIVERED);
        // An RFC 2543 INVITE (no branch magic cookie, no Max-Forwards, no Contact): accepted (Rfc2543) and delivered.
        EXPECTED.put("rfc4475/inv2543", Outcome.DELIVERED);
        EXPECTED.put("rfc4475/bcast", Outcome.STRAY_RESPONSE);
        // RFC 5118: the valid ones delivered.
        for (String ipv6 : List.of("ipv4-mapped-ipv6", "ipv6-correct-abnf-2-colons", "ipv6-good", "ipv6-in-sdp", "mult-ip-in-header", "mult-ip-in-sdp",
                "port-ambiguous", "port-unambiguous", "via-received-param-no-delim", "via-received-param-with-delim")) {
            EXPECTED.put("rfc5118/" + ipv6, Outcome.DELIVERED);
        }
    }

    /** Answers every request 200; for a Via naming a TCP peer that is not there, sending fails and is let go. */
    private static final RecordingEndpointFactory.Behaviour ANSWER_200 = (request, connection) -> {
        if (!request.method().equals("ACK")) {
            try {
                connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                        .header("Contact", "<sip:parley@127.0.0.1>").build());
            } catch (SipSendException unroutable) {
                // expected for torture messages whose Via says TCP although they came over UDP
            }
        }
    };

    @Test
    void everyTortureMessageIsSurvivedAndJudgedAsExpected() throws Exception {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (List<TortureMessages.Message> lane : TortureMessages.load().lanesWithDistinctBranches()) {
            ConnectorFixture connector = ConnectorFixture.startInArrivalOrder(ANSWER_200);
            try {
                for (TortureMessages.Message message : lane) {
                    outcomes.put(message.name(), judge(connector, message));
                }
            } finally {
                stops.add(CompletableFuture.runAsync(connector::close));
            }
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();

        assertEquals(EXPECTED.keySet(), outcomes.keySet(), "every torture file judged, and expected");
        Map<String, Outcome> changed = new LinkedHashMap<>();
        outcomes.forEach((name, outcome) -> {
            if (EXPECTED.get(name) != outcome) {
                changed.put(name, outcome);
            }
        });
        assertEquals(Map.of(), changed, "torture messages whose outcome changed");
    }

    @Test
    void overTcpEveryTortureMessageIsSurvived() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
             UdpSipClient phone = connector.udpClient()) {
            for (TortureMessages.Message message : TortureMessages.load().all()) {
                try (Socket tcp = new Socket(InetAddress.getLoopbackAddress(), connector.port)) {
                    tcp.getOutputStream().write(message.bytes());
                    tcp.shutdownOutput();
                }
                assertEquals(200, phone.sendUntilAnswered(phone.request("OPTIONS"), WAIT).statusCode(),
                        "still serving after " + message + " over TCP");
            }
        }
    }

    /**
     * Sends the torture message and then an OPTIONS from the same phone. The connector handles messages in arrival
     * order here, so once the OPTIONS is answered, the torture message was parsed, answered and delivered if it was
     * going to be.
     */
    private static Outcome judge(ConnectorFixture connector, TortureMessages.Message message) throws Exception {
        try (UdpSipClient phone = connector.udpClient()) {
            phone.send(message.bytes());
            TestRequest probe = phone.request("OPTIONS");
            phone.send(probe);
            boolean badRequest = false;
            TestResponse answer = phone.finalResponse(WAIT);
            while (!answer.header("Call-ID").orElse("").equals(probe.callId())) {
                badRequest |= answer.statusCode() == 400;
                answer = phone.finalResponse(WAIT);
            }
            assertEquals(200, answer.statusCode(), "still serving after " + message);

            boolean delivered = false;
            Optional<SipRequest> request;
            while ((request = connector.endpoint.nextRequest(Duration.ZERO)).isPresent()) {
                delivered |= !request.get().callId().equals(probe.callId());
            }
            Optional<SipResponse> stray = connector.endpoint.nextResponse(Duration.ZERO);
            if (stray.isPresent()) {
                return Outcome.STRAY_RESPONSE;
            }
            if (delivered) {
                return Outcome.DELIVERED;
            }
            return badRequest ? Outcome.BAD_REQUEST : Outcome.NOT_DELIVERED;
        }
    }
}
