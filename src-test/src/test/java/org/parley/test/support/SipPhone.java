package org.parley.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SIP phone over UDP (or over a WebSocket, as a browser's, {@link #overWebSocket}) that writes its SIP by hand, for call flows where a test checks headers and bodies: it
 * registers (digest), places calls (answering the 407 challenge), answers them, and sends and answers requests inside
 * a dialog (re-INVITE, UPDATE, INFO, BYE). Everything it receives is kept for assertions ({@link #received()}).
 *
 * <p>It has just enough of a transaction layer to be a well-behaved peer: a retransmitted request is answered again
 * with the last response (or dropped while the test has not answered yet), a retransmitted 2xx to an INVITE gets
 * the ACK again, a final non-2xx to an INVITE is acknowledged at once, and duplicate responses are dropped. Tests see
 * each request and response once. It does not retransmit its own requests (loopback loses nothing).
 *
 * <p>All requests go to Parley (it is a back-to-back user agent, so every dialog of the phone is with Parley).
 */
public final class SipPhone implements AutoCloseable {

    /** How long a test waits for a message by default. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private static final Pattern TAG = Pattern.compile(";\\s*tag=([^;>\\s]+)");
    private static final Pattern BRANCH = Pattern.compile(";\\s*branch=([^;\\s,]+)");
    private static final Pattern ANGLE_URI = Pattern.compile("<([^>]+)>");

    private final PhoneLink link;
    private final String domain;
    private final Object lock = new Object();
    private final List<SipMessageText> all = new ArrayList<>();
    private final List<SipMessageText> unread = new ArrayList<>();
    private final Set<String> seenRequests = ConcurrentHashMap.newKeySet();
    private final Set<String> seenResponses = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lastResponses = new ConcurrentHashMap<>();
    private final Map<String, String> acksOf2xx = new ConcurrentHashMap<>();
    private final Map<String, SipMessageText> sentInvites = new ConcurrentHashMap<>();
    private String extension;
    private String password;

    private SipPhone(PhoneLink link, String domain) {
        this.link = link;
        this.domain = domain;
        link.start(this::received);
    }

    /** A phone on 127.0.0.1, on a free port. */
    public static SipPhone open(ParleyServer server) {
        return open(server, "127.0.0.1");
    }

    /** A phone on another loopback address (127.0.0.3 …), so that Parley sees it come from an address of its own. */
    public static SipPhone open(ParleyServer server, String localIp) {
        return open(server.sipHost(), server.sipPort(), server.domain(), localIp);
    }

    /** A phone on {@code localIp} talking to a Parley at {@code host:port} serving {@code domain}. */
    public static SipPhone open(String host, int port, String domain, String localIp) {
        try {
            DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(localIp), 0));
            return new SipPhone(new UdpPhoneLink(s, new InetSocketAddress(host, port), localIp), domain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone on a WebSocket to Parley's {@code ws} listening point, as a browser page of {@code origin} opens it
     * (RFC 7118). Fails with the JDK's {@code WebSocketHandshakeException} as cause when Parley refuses the upgrade.
     */
    public static SipPhone overWebSocket(ParleyServer server, String origin) {
        return overWebSocket(server, HttpClient.newHttpClient(), URI.create("ws://127.0.0.1:" + server.wsPort()),
                origin);
    }

    /** A phone on a WebSocket to {@code uri} ({@code ws://…} or {@code wss://…}) through {@code http}. */
    public static SipPhone overWebSocket(ParleyServer server, HttpClient http, URI uri, String origin) {
        return new SipPhone(new WebSocketPhoneLink(http, uri, origin), server.domain());
    }

    /** A phone on a free port that registers {@code extension} with {@code password} (200 expected). */
    public static SipPhone registered(ParleyServer server, String extension, String password) {
        SipPhone phone = open(server);
        phone.register(extension, password);
        return phone;
    }

    public String ip() {
        return link.ip();
    }

    /** The phone's UDP port (-1 over a WebSocket). */
    public int port() {
        return link.port();
    }

    /** The contact this phone registers, as Parley records it in call records. */
    public String contact() {
        return "sip:" + extension + "@" + link.contactAddress();
    }

    public String extension() {
        return extension;
    }

    /**
     * Uses {@code extension} and {@code password} as this phone's identity (for calls) without registering: for
     * callers Parley does not know at this address.
     */
    public SipPhone identity(String extension, String password) {
        this.extension = extension;
        this.password = password;
        return this;
    }

    /** Registers as {@code extension}: REGISTER, 401 with an MD5 challenge, REGISTER with credentials, 200. */
    public SipPhone register(String extension, String password) {
        identity(extension, password);
        String callId = UUID.randomUUID() + "@" + link.ip();
        String fromTag = tag();
        String authorization = null;
        for (int cseq = 1; cseq <= 2; cseq++) {
            String branch = branch();
            StringBuilder sb = new StringBuilder()
                    .append("REGISTER sip:").append(domain).append(" SIP/2.0\r\n")
                    .append(via(branch)).append("Max-Forwards: 70\r\n")
                    .append("From: <sip:").append(extension).append('@').append(domain).append(">;tag=")
                    .append(fromTag).append("\r\n")
                    .append("To: <sip:").append(extension).append('@').append(domain).append(">\r\n")
                    .append("Call-ID: ").append(callId).append("\r\n")
                    .append("CSeq: ").append(cseq).append(" REGISTER\r\n")
                    .append("Contact: <").append(contact()).append(">\r\n")
                    .append("Expires: 300\r\n");
            if (authorization != null) {
                sb.append("Authorization: ").append(authorization).append("\r\n");
            }
            sb.append("User-Agent: Parley test SipPhone\r\nContent-Length: 0\r\n\r\n");
            send(sb.toString());
            SipMessageText r = awaitFinal(branch, "REGISTER");
            if (r.status() == 200) {
                return this;
            }
            if (r.status() != 401 || authorization != null) {
                throw new AssertionError("REGISTER of " + extension + " refused:\n" + r);
            }
            authorization = Digest.authorization(md5Challenge(r, "WWW-Authenticate"), extension, password,
                    "REGISTER", "sip:" + domain, "00000001", tag());
        }
        throw new AssertionError("REGISTER of " + extension + " did not succeed");
    }

    // ------------------------------------------------------------------ placing calls

    /** An INVITE from this phone to {@code dialled} (the Request-URI's user part), to be completed and sent. */
    public Invite invite(String dialled) {
        return new Invite(dialled);
    }

    /** Places a call to {@code dialled} with this phone's default offer; the 407 challenge is answered. */
    public Dialog call(String dialled) {
        return invite(dialled).send();
    }

    /** An INVITE being written. */
    public final class Invite {
        private final String dialled;
        private String contentType = "application/sdp";
        private String body = offer("caller", 40000);
        private int maxForwards = 70;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private boolean authenticate = true;
        private String fromUser;

        private Invite(String dialled) {
            this.dialled = dialled;
        }

        /** The session offer (SDP text); an empty string for none (late offer). */
        public Invite body(String sdp) {
            this.body = sdp;
            return this;
        }

        public Invite contentType(String value) {
            this.contentType = value;
            return this;
        }

        public Invite maxForwards(int value) {
            this.maxForwards = value;
            return this;
        }

        public Invite header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Presents another user in From than the phone's own extension (the credentials stay the phone's). */
        public Invite fromUser(String user) {
            this.fromUser = user;
            return this;
        }

        /** Do not answer a 407: the first final response ends the attempt (for callers Parley refuses outright). */
        public Invite withoutAuthentication() {
            this.authenticate = false;
            return this;
        }

        /**
         * Sends the INVITE; on a 407 sends it again with credentials (a new CSeq). Returns the dialog being set up;
         * its {@link Dialog#awaitFinal()} tells how it ended.
         */
        public Dialog send() {
            String user = fromUser == null ? extension : fromUser;
            Dialog d = new Dialog(true, UUID.randomUUID() + "@" + link.ip(), tag(),
                    "\"Phone " + user + "\" <sip:" + user + "@" + domain + ">",
                    "<sip:" + dialled + "@" + domain + ">", "sip:" + dialled + "@" + domain);
            d.sendInvite(this, null);
            if (!authenticate) {
                return d;
            }
            SipMessageText first = d.awaitFinal();
            if (first.status() == 407) {
                String credentials = Digest.authorization(md5Challenge(first, "Proxy-Authenticate"), extension,
                        password, "INVITE", d.remoteTarget, "00000001", tag());
                d.sendInvite(this, credentials);
            } else {
                d.pushBack(first);
            }
            return d;
        }
    }

    // ------------------------------------------------------------------ receiving calls

    /** Waits for a new INVITE (a call to this phone) and returns its dialog, not yet answered. */
    public Dialog awaitCall() {
        return awaitCall(WAIT);
    }

    public Dialog awaitCall(Duration timeout) {
        SipMessageText invite = await("an INVITE", timeout, m -> !m.isResponse() && m.firstLine().startsWith("INVITE ")
                && toTag(m).isEmpty());
        Dialog d = new Dialog(false, invite.header("Call-ID").orElseThrow(), tag(),
                stripTag(invite.header("To").orElseThrow()), stripTag(invite.header("From").orElseThrow()),
                uriOf(invite.header("Contact").orElseThrow()));
        d.remoteTag = fromTag(invite);
        d.invite = invite;
        return d;
    }

    // ------------------------------------------------------------------ dialogs

    /** One dialog of this phone with Parley: a call it placed or received. */
    public final class Dialog {
        private final boolean caller;
        private final String callId;
        private final String localTag;
        private final String localAddress;
        private final String remoteAddress;
        private String remoteTarget;
        private String remoteTag;
        private long localCSeq;
        private SipMessageText invite;
        private String inviteBranch;
        private SipMessageText pushedBack;

        private Dialog(boolean caller, String callId, String localTag, String localAddress, String remoteAddress,
                String remoteTarget) {
            this.caller = caller;
            this.callId = callId;
            this.localTag = localTag;
            this.localAddress = localAddress;
            this.remoteAddress = remoteAddress;
            this.remoteTarget = remoteTarget;
        }

        public String callId() {
            return callId;
        }

        public String localTag() {
            return localTag;
        }

        public Optional<String> remoteTag() {
            return Optional.ofNullable(remoteTag);
        }

        /** Makes the next request of this phone in the dialog carry CSeq {@code value} (CSeq may jump, §12.2.1.1). */
        public Dialog nextCSeq(long value) {
            this.localCSeq = value - 1;
            return this;
        }

        /** The INVITE that opened this dialog: the one this phone received, or the last one it sent. */
        public SipMessageText invite() {
            return invite;
        }

        private void sendInvite(Invite spec, String proxyAuthorization) {
            localCSeq++;
            inviteBranch = branch();
            StringBuilder sb = new StringBuilder()
                    .append("INVITE ").append(remoteTarget).append(" SIP/2.0\r\n")
                    .append(via(inviteBranch))
                    .append("Max-Forwards: ").append(spec.maxForwards).append("\r\n")
                    .append("From: ").append(localAddress).append(";tag=").append(localTag).append("\r\n")
                    .append("To: ").append(remoteAddress).append("\r\n")
                    .append("Call-ID: ").append(callId).append("\r\n")
                    .append("CSeq: ").append(localCSeq).append(" INVITE\r\n")
                    .append("Contact: <").append(contact()).append(">\r\n");
            spec.headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
            if (proxyAuthorization != null) {
                sb.append("Proxy-Authorization: ").append(proxyAuthorization).append("\r\n");
            }
            sb.append("User-Agent: Parley test SipPhone\r\n");
            appendBody(sb, spec.body.isEmpty() ? null : spec.contentType, spec.body);
            String text = sb.toString();
            invite = SipMessageText.parse(text);
            sentInvites.put(inviteBranch, invite);
            SipPhone.this.send(text);
        }

        private void pushBack(SipMessageText m) {
            pushedBack = m;
        }

        /** Waits for a response with this status to the INVITE that set this dialog up (provisional or final). */
        public SipMessageText awaitResponse(int status) {
            return awaitResponse(status, WAIT);
        }

        public SipMessageText awaitResponse(int status, Duration timeout) {
            if (pushedBack != null && pushedBack.status() == status) {
                SipMessageText m = pushedBack;
                pushedBack = null;
                return learn(m);
            }
            return learn(await(status + " to the INVITE", timeout,
                    m -> m.isResponse() && branchOf(m).equals(inviteBranch) && m.status() == status));
        }

        /** Waits for the final response to the INVITE that set this dialog up. */
        public SipMessageText awaitFinal() {
            return awaitFinal(WAIT);
        }

        public SipMessageText awaitFinal(Duration timeout) {
            if (pushedBack != null) {
                SipMessageText m = pushedBack;
                pushedBack = null;
                return learn(m);
            }
            return learn(await("a final response to the INVITE", timeout,
                    m -> m.isResponse() && branchOf(m).equals(inviteBranch) && m.status() >= 200));
        }

        private SipMessageText learn(SipMessageText response) {
            if (response.status() > 100 && response.status() < 200 && remoteTag == null
                    && toTag(response).isPresent()) {
                // an early dialog (RFC 3261 §12.1): requests such as INFO may be sent in it
                remoteTag = toTag(response).get();
                response.header("Contact").ifPresent(c -> remoteTarget = uriOf(c));
            }
            if (response.status() >= 200 && response.status() < 300) {
                remoteTag = toTag(response).orElseThrow(() -> new AssertionError("2xx without To tag:\n" + response));
                response.header("Contact").ifPresent(c -> remoteTarget = uriOf(c));
            }
            return response;
        }

        /** Acknowledges the 2xx of this dialog's INVITE (no body). */
        public void ack() {
            ack("");
        }

        /** Acknowledges the 2xx of this dialog's INVITE with {@code sdp} (the answer to a late offer). */
        public void ack(String sdp) {
            StringBuilder sb = new StringBuilder()
                    .append("ACK ").append(remoteTarget).append(" SIP/2.0\r\n")
                    .append(via(branch()))
                    .append("Max-Forwards: 70\r\n")
                    .append(fromTo())
                    .append("Call-ID: ").append(callId).append("\r\n")
                    .append("CSeq: ").append(localCSeq).append(" ACK\r\n");
            appendBody(sb, sdp.isEmpty() ? null : "application/sdp", sdp);
            String text = sb.toString();
            acksOf2xx.put(callId + " " + localCSeq, text);
            SipPhone.this.send(text);
        }

        /** Cancels this dialog's INVITE (RFC 3261 §9.1); returns the answer to the CANCEL. */
        public SipMessageText cancel() {
            SipMessageText sent = invite;
            String text = "CANCEL " + sent.firstLine().split(" ")[1] + " SIP/2.0\r\n"
                    + "Via: " + sent.header("Via").orElseThrow() + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: " + sent.header("From").orElseThrow() + "\r\n"
                    + "To: " + sent.header("To").orElseThrow() + "\r\n"
                    + "Call-ID: " + callId + "\r\n"
                    + "CSeq: " + localCSeq + " CANCEL\r\n"
                    + "Content-Length: 0\r\n\r\n";
            SipPhone.this.send(text);
            return await("the answer to CANCEL", WAIT, m -> m.isResponse() && branchOf(m).equals(inviteBranch)
                    && m.header("CSeq").orElse("").endsWith("CANCEL"));
        }

        // --- the callee's side

        /** Sends a provisional or final response to the INVITE this phone received, without body. */
        public void respond(int status) {
            respond(status, "");
        }

        /** Sends a response to the received INVITE; a non-empty {@code sdp} goes as its body. */
        public void respond(int status, String sdp) {
            respondTo(invite, status, sdp.isEmpty() ? null : "application/sdp", sdp);
        }

        /** 180 Ringing. */
        public void ring() {
            respond(180);
        }

        /** 200 OK with {@code sdp}, then waits for the ACK and returns it. */
        public SipMessageText answer(String sdp) {
            respond(200, sdp);
            return awaitRequest("ACK");
        }

        // --- within the dialog, either side

        /** Sends a request in this dialog and returns the final response (provisional ones skipped). */
        public SipMessageText request(String method, String contentType, String body) {
            return request(method, contentType, body, Map.of());
        }

        public SipMessageText request(String method, String contentType, String body, Map<String, String> headers) {
            return send(method, contentType, body, headers).awaitFinal();
        }

        /** Sends a request in this dialog without waiting; {@link Sent#awaitFinal()} collects the answer. */
        public Sent send(String method, String contentType, String body) {
            return send(method, contentType, body, Map.of());
        }

        public Sent send(String method, String contentType, String body, Map<String, String> headers) {
            localCSeq++;
            String branch = branch();
            long cseq = localCSeq;
            StringBuilder sb = new StringBuilder()
                    .append(method).append(' ').append(remoteTarget).append(" SIP/2.0\r\n")
                    .append(via(branch))
                    .append("Max-Forwards: 70\r\n")
                    .append(fromTo())
                    .append("Call-ID: ").append(callId).append("\r\n")
                    .append("CSeq: ").append(cseq).append(' ').append(method).append("\r\n")
                    .append("Contact: <").append(contact()).append(">\r\n");
            headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
            appendBody(sb, body.isEmpty() ? null : contentType, body);
            String text = sb.toString();
            if ("INVITE".equals(method)) {
                sentInvites.put(branch, SipMessageText.parse(text));
            }
            SipPhone.this.send(text);
            return new Sent(this, method, branch);
        }

        /** A re-INVITE with {@code sdp}: returns the final response; acknowledge a 2xx with {@link #ack()}. */
        public SipMessageText reInvite(String sdp) {
            return request("INVITE", "application/sdp", sdp);
        }

        /** Hangs up: BYE, and returns its answer. */
        public SipMessageText bye() {
            return request("BYE", "", "");
        }

        /** Waits for a request of {@code method} in this dialog (an ACK, a BYE, a re-INVITE …). */
        public SipMessageText awaitRequest(String method) {
            return awaitRequest(method, WAIT);
        }

        public SipMessageText awaitRequest(String method, Duration timeout) {
            SipMessageText r = await(method + " in dialog " + callId, timeout, m -> !m.isResponse()
                    && m.firstLine().startsWith(method + " ") && m.header("Call-ID").orElse("").equals(callId)
                    && (!"INVITE".equals(method) || toTag(m).isPresent()));
            if ("INVITE".equals(method) || "UPDATE".equals(method)) {
                r.header("Contact").ifPresent(c -> remoteTarget = uriOf(c));
            }
            return r;
        }

        /** Answers a request received in this dialog; a non-null {@code contentType} sends {@code body}. */
        public void respondTo(SipMessageText request, int status, String contentType, String body) {
            String to = request.header("To").orElseThrow();
            if (toTag(request).isEmpty() && status != 100) {
                to = to + ";tag=" + localTag;
            }
            StringBuilder sb = new StringBuilder()
                    .append("SIP/2.0 ").append(status).append(' ').append(reason(status)).append("\r\n");
            for (String via : request.all("Via")) {
                sb.append("Via: ").append(via).append("\r\n");
            }
            sb.append("From: ").append(request.header("From").orElseThrow()).append("\r\n")
                    .append("To: ").append(to).append("\r\n")
                    .append("Call-ID: ").append(request.header("Call-ID").orElseThrow()).append("\r\n")
                    .append("CSeq: ").append(request.header("CSeq").orElseThrow()).append("\r\n");
            if (request.firstLine().startsWith("INVITE ") && status > 100 && status < 300) {
                sb.append("Contact: <").append(contact()).append(">\r\n");
            }
            appendBody(sb, contentType, body == null ? "" : body);
            String text = sb.toString();
            lastResponses.put(requestKey(request), text);
            SipPhone.this.send(text);
        }

        private String fromTo() {
            return "From: " + localAddress + ";tag=" + localTag + "\r\n"
                    + "To: " + remoteAddress + (remoteTag == null ? "" : ";tag=" + remoteTag) + "\r\n";
        }

        public boolean isCaller() {
            return caller;
        }
    }

    /** A request sent in a dialog, its answer still to come. */
    public final class Sent {
        private final Dialog dialog;
        private final String method;
        private final String branch;

        private Sent(Dialog dialog, String method, String branch) {
            this.dialog = dialog;
            this.method = method;
            this.branch = branch;
        }

        /** The final answer if it has come within {@code timeout} (for failure messages). */
        public Optional<SipMessageText> poll(Duration timeout) {
            return SipPhone.this.poll(timeout, m -> m.isResponse() && branchOf(m).equals(branch) && m.status() >= 200
                    && m.header("CSeq").orElse("").endsWith(method));
        }

        /** Waits for the final answer (provisional ones skipped). */
        public SipMessageText awaitFinal() {
            SipMessageText r = SipPhone.this.awaitFinal(branch, method);
            if ("INVITE".equals(method) && r.status() >= 200 && r.status() < 300) {
                r.header("Contact").ifPresent(c -> dialog.remoteTarget = uriOf(c));
            }
            return r;
        }
    }

    // ------------------------------------------------------------------ messages

    /** Sends raw SIP text to Parley. */
    public void send(String text) {
        link.send(text);
    }

    /** Waits for a message not yet taken by an earlier wait that matches {@code condition}, and takes it. */
    public SipMessageText await(String what, Duration timeout, Predicate<SipMessageText> condition) {
        return poll(timeout, condition).orElseThrow(() -> new AssertionError("Phone " + extension + " at "
                + link.contactAddress() + " received no " + what + " within " + timeout.toMillis() + " ms; it received:\n"
                + summary()));
    }

    /** Like {@link #await}, but empty when nothing matching arrives in time (to show that nothing comes). */
    public Optional<SipMessageText> poll(Duration timeout, Predicate<SipMessageText> condition) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (lock) {
            while (true) {
                for (int i = 0; i < unread.size(); i++) {
                    if (condition.test(unread.get(i))) {
                        return Optional.of(unread.remove(i));
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return Optional.empty();
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** Everything received so far, in order (retransmissions excluded). */
    public List<SipMessageText> received() {
        synchronized (lock) {
            return List.copyOf(all);
        }
    }

    /** First lines and Call-IDs of everything received, for failure messages. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (SipMessageText m : received()) {
            sb.append("  ").append(m.firstLine()).append(" | ").append(m.header("CSeq").orElse(""))
                    .append(" | ").append(m.header("Call-ID").orElse("")).append('\n');
        }
        return sb.isEmpty() ? "  (nothing)\n" : sb.toString();
    }

    private SipMessageText awaitFinal(String branch, String method) {
        return await("a final response to " + method, WAIT, m -> m.isResponse() && branchOf(m).equals(branch)
                && m.status() >= 200 && m.header("CSeq").orElse("").endsWith(method));
    }

    /** A message from the link, through the transaction layer to the test's queue. */
    private void received(String text) {
        if (text.isBlank()) {
            return; // keep-alive
        }
        SipMessageText m;
        try {
            m = SipMessageText.parse(text);
        } catch (RuntimeException e) {
            return;
        }
        if (absorbed(m)) {
            return;
        }
        synchronized (lock) {
            all.add(m);
            unread.add(m);
            lock.notifyAll();
        }
    }

    /** The transaction layer: true when the message is a retransmission (answered here) or a duplicate. */
    private boolean absorbed(SipMessageText m) {
        if (!m.isResponse()) {
            String key = requestKey(m);
            String last = lastResponses.get(key);
            if (last != null) {
                send(last);
                return true;
            }
            return !seenRequests.add(key);
        }
        String cseq = m.header("CSeq").orElse("");
        String key = branchOf(m) + " " + m.status() + " " + cseq + " " + toTag(m).orElse("");
        boolean duplicate = !seenResponses.add(key);
        if (cseq.endsWith("INVITE") && m.status() >= 200 && m.status() < 300) {
            String ack = acksOf2xx.get(m.header("Call-ID").orElse("") + " " + cseq.split(" ")[0]);
            if (ack != null) {
                send(ack);
            }
        } else if (cseq.endsWith("INVITE") && m.status() >= 300) {
            ackFailure(m);
        }
        return duplicate;
    }

    /** ACK for a final non-2xx to one of our INVITEs (RFC 3261 §17.1.1.3): same branch, To of the response. */
    private void ackFailure(SipMessageText response) {
        SipMessageText sent = sentInvites.get(branchOf(response));
        if (sent == null) {
            return;
        }
        send("ACK " + sent.firstLine().split(" ")[1] + " SIP/2.0\r\n"
                + "Via: " + sent.header("Via").orElseThrow() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: " + sent.header("From").orElseThrow() + "\r\n"
                + "To: " + response.header("To").orElseThrow() + "\r\n"
                + "Call-ID: " + sent.header("Call-ID").orElseThrow() + "\r\n"
                + "CSeq: " + cseqNumber(sent) + " ACK\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    @Override
    public void close() {
        link.close();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A session description as a phone offers it (CRLF line ends), audio on {@code rtpPort}, PCMU/PCMA and
     * telephone-event, {@code sendrecv}.
     */
    public static String offer(String owner, int rtpPort) {
        return sdp(owner, rtpPort, "sendrecv", 1);
    }

    /**
     * A browser's answer to Parley's WebRTC offer (ICE credentials, a DTLS fingerprint, {@code a=setup:active},
     * rtcp-mux, PCMU), for signalling tests whose "browser" exchanges no media.
     */
    public static String webRtcAnswer(String owner, int port) {
        return "v=0\r\n"
                + "o=" + owner + " 4242 1 IN IP4 127.0.0.1\r\n"
                + "s=-\r\n"
                + "c=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\n"
                + "m=audio " + port + " UDP/TLS/RTP/SAVPF 0\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=ice-ufrag:brws\r\n"
                + "a=ice-pwd:browserpassword0123456789\r\n"
                + "a=fingerprint:sha-256 " + "AB:".repeat(31) + "AB\r\n"
                + "a=setup:active\r\n"
                + "a=rtcp-mux\r\n"
                + "a=sendrecv\r\n";
    }

    /** A session description with a direction attribute ({@code sendonly} to hold …) and a version number. */
    public static String sdp(String owner, int rtpPort, String direction, int version) {
        return "v=0\r\n"
                + "o=" + owner + " 4242 " + version + " IN IP4 127.0.0.1\r\n"
                + "s=-\r\n"
                + "c=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\n"
                + "m=audio " + rtpPort + " RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-16\r\n"
                + "a=" + direction + "\r\n";
    }

    private String via(String branch) {
        return link.via(branch);
    }

    private static void appendBody(StringBuilder sb, String contentType, String body) {
        if (contentType != null && !body.isEmpty()) {
            sb.append("Content-Type: ").append(contentType).append("\r\n");
        }
        sb.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n")
                .append(body);
    }

    private static Map<String, String> md5Challenge(SipMessageText response, String header) {
        return response.all(header).stream().map(Digest::challenge)
                .filter(c -> c.getOrDefault("algorithm", "MD5").equalsIgnoreCase("MD5"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no MD5 challenge in:\n" + response));
    }

    private static String requestKey(SipMessageText request) {
        return request.firstLine().split(" ")[0] + " " + branchOf(request);
    }

    /** The branch of the top Via. */
    public static String branchOf(SipMessageText m) {
        Matcher b = BRANCH.matcher(m.header("Via").orElse(""));
        return b.find() ? b.group(1) : "";
    }

    /** The tag of the To header, if any. */
    public static Optional<String> toTag(SipMessageText m) {
        return m.header("To").flatMap(SipPhone::tagOf);
    }

    /** The tag of the From header. */
    public static String fromTag(SipMessageText m) {
        return m.header("From").flatMap(SipPhone::tagOf).orElseThrow(() -> new AssertionError("no From tag:\n" + m));
    }

    private static Optional<String> tagOf(String headerValue) {
        String params = headerValue.contains(">") ? headerValue.substring(headerValue.lastIndexOf('>')) : headerValue;
        Matcher t = TAG.matcher(params);
        return t.find() ? Optional.of(t.group(1)) : Optional.empty();
    }

    /** The number of the CSeq header. */
    public static long cseqNumber(SipMessageText m) {
        return Long.parseLong(m.header("CSeq").orElseThrow().trim().split("\\s+")[0]);
    }

    /** The URI inside a name-address ({@code "Bob" <sip:…>;tag=…}) or the value itself. */
    public static String uriOf(String nameAddress) {
        Matcher a = ANGLE_URI.matcher(nameAddress);
        return a.find() ? a.group(1) : nameAddress.split(";")[0].trim();
    }

    private static String stripTag(String headerValue) {
        return headerValue.replaceAll(";\\s*tag=[^;>\\s]+", "");
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String branch() {
        return "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String reason(int status) {
        return switch (status) {
            case 100 -> "Trying";
            case 180 -> "Ringing";
            case 183 -> "Session Progress";
            case 200 -> "OK";
            case 481 -> "Call/Transaction Does Not Exist";
            case 483 -> "Too Many Hops";
            case 486 -> "Busy Here";
            case 487 -> "Request Terminated";
            case 488 -> "Not Acceptable Here";
            case 491 -> "Request Pending";
            default -> "Status";
        };
    }
}
