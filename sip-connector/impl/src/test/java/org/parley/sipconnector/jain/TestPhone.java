package org.parley.sipconnector.jain;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A scriptable SIP user agent over UDP on 127.0.0.1, written for these tests (raw SIP text): it plays a calling phone,
 * a called phone, a trunk or a registrar. A receiving thread files what arrives; retransmitted requests are answered
 * again with the phone's last answer and not filed twice, retransmitted responses are counted and not filed twice.
 * A handler may answer requests automatically (for load runs).
 */
final class TestPhone implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** Answers requests itself; returns false to file the request for the script instead. */
    @FunctionalInterface
    interface AutoAnswer {
        boolean handle(TestPhone phone, SipText request) throws IOException;
    }

    final String user;
    private final DatagramSocket socket;
    private final int serverPort;
    private final Thread receiver;
    private final List<SipText> inbox = new ArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Set<String> seenResponses = ConcurrentHashMap.newKeySet();
    private final Map<String, String> tags = new ConcurrentHashMap<>();
    private final AtomicInteger retransmissions = new AtomicInteger();
    private volatile AutoAnswer autoAnswer;
    private volatile boolean dropProvisional;
    private volatile boolean closed;

    TestPhone(String user, int serverPort) throws SocketException {
        this.user = user;
        this.serverPort = serverPort;
        this.socket = new DatagramSocket(0, LOOPBACK);
        this.socket.setReceiveBufferSize(4 * 1024 * 1024);
        this.receiver = new Thread(this::receive, "test-phone-" + user);
        this.receiver.setDaemon(true);
        this.receiver.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** This phone's address, e.g. {@code sip:bob@127.0.0.1:40000}. */
    String uri() {
        return "sip:" + user + "@127.0.0.1:" + port();
    }

    String contact() {
        return "<" + uri() + ">";
    }

    void autoAnswer(AutoAnswer handler) {
        this.autoAnswer = handler;
    }

    /** Files no provisional response (load runs wait for finals only). */
    void dropProvisional() {
        this.dropProvisional = true;
    }

    /** Responses received more than once (2xx retransmissions, typically). */
    int retransmittedResponses() {
        return retransmissions.get();
    }

    private void receive() {
        byte[] buffer = new byte[65536];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                file(SipText.parse(buffer, packet.getLength()));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void file(SipText message) throws IOException {
        if (message.isRequest()) {
            if (!"ACK".equals(message.method())) {
                String key = message.branch() + " " + message.method();
                String answered = answers.get(key);
                if (answered != null) {
                    send(answered);
                    return;
                }
                if (answers.putIfAbsent(key, "") != null) {
                    return;
                }
            }
            AutoAnswer handler = autoAnswer;
            if (handler != null && handler.handle(this, message)) {
                return;
            }
        } else {
            if (dropProvisional && message.status() < 200) {
                return;
            }
            String key = message.callId() + " " + message.cseq() + " " + message.cseqMethod() + " "
                    + message.status() + " " + message.toTag();
            if (!seenResponses.add(key)) {
                retransmissions.incrementAndGet();
                return;
            }
        }
        synchronized (this) {
            inbox.add(message);
            notifyAll();
        }
    }

    /** Takes the first filed message that matches, waiting at most {@code timeout}; fails after that. */
    synchronized SipText await(Predicate<SipText> wanted, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = 0; i < inbox.size(); i++) {
                if (wanted.test(inbox.get(i))) {
                    return inbox.remove(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(user + ": no " + what + " within " + timeout + "; inbox " + inbox);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    SipText request(String method, Duration timeout) throws InterruptedException {
        return await(m -> m.isRequest() && m.method().equals(method), method, timeout);
    }

    SipText response(int status, String cseqMethod, Duration timeout) throws InterruptedException {
        return await(m -> !m.isRequest() && m.status() == status && m.cseqMethod().equals(cseqMethod),
                status + " to " + cseqMethod, timeout);
    }

    /** Whether anything matching arrives within {@code timeout} (to show that nothing does). */
    boolean receives(Predicate<SipText> wanted, Duration timeout) throws InterruptedException {
        try {
            await(wanted, "", timeout);
            return true;
        } catch (AssertionError none) {
            return false;
        }
    }

    void send(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, serverPort));
    }

    /** This phone's tag in the dialog with {@code callId} (made on first use). */
    String tagFor(String callId) {
        return tags.computeIfAbsent(callId, id -> Long.toHexString(ThreadLocalRandom.current().nextLong()));
    }

    /**
     * Answers {@code request}: Via, From, Call-ID, CSeq copied, To with this phone's tag (except for 100), Contact for
     * INVITE and UPDATE answers, then {@code extra} header lines and a body. Retransmissions get it again.
     */
    String respond(SipText request, int status, String reason, String body, String... extra) throws IOException {
        return respondAs(tagFor(request.callId()), request, status, reason, body, extra);
    }

    /** As {@link #respond}, with {@code tag} as To tag (another fork's answer, for instance). */
    String respondAs(String tag, SipText request, int status, String reason, String body, String... extra)
            throws IOException {
        StringBuilder s = new StringBuilder("SIP/2.0 ").append(status).append(' ').append(reason).append("\r\n");
        for (String via : request.all("Via")) {
            s.append("Via: ").append(via).append("\r\n");
        }
        s.append("From: ").append(request.need("From")).append("\r\n");
        String to = request.need("To");
        if (status > 100 && SipText.tag(to).isEmpty()) {
            to = to + ";tag=" + tag;
        }
        s.append("To: ").append(to).append("\r\n");
        s.append("Call-ID: ").append(request.callId()).append("\r\n");
        s.append("CSeq: ").append(request.need("CSeq")).append("\r\n");
        if (status > 100 && (request.method().equals("INVITE") || request.method().equals("UPDATE"))) {
            s.append("Contact: ").append(contact()).append("\r\n");
        }
        for (String line : extra) {
            s.append(line).append("\r\n");
        }
        String text = withBody(s, body);
        if (status >= 200) {
            answers.put(request.branch() + " " + request.method(), text);
        }
        send(text);
        return text;
    }

    static String withBody(StringBuilder headers, String body) {
        String content = body == null ? "" : body;
        if (!content.isEmpty() && headers.indexOf("\r\nContent-Type:") < 0) {
            headers.append("Content-Type: application/sdp\r\n");
        }
        headers.append("Content-Length: ").append(content.getBytes(StandardCharsets.UTF_8).length)
                .append("\r\n\r\n").append(content);
        return headers.toString();
    }

    static String branch() {
        return "z9hG4bK" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** A dialog as this phone sees it (caller side of a new call, or callee side of an INVITE it received). */
    Dialog call(String requestUri) {
        return new Dialog(this, Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@test", requestUri,
                Long.toHexString(ThreadLocalRandom.current().nextLong()), "<" + uri() + ">", "<" + requestUri + ">", 1);
    }

    /** The callee side of the dialog an INVITE this phone answered opens: requests go to the INVITE's Contact. */
    Dialog answering(SipText invite) {
        Dialog d = new Dialog(this, invite.callId(), invite.contactUri().orElseThrow(), tagFor(invite.callId()),
                stripTag(invite.need("To")), stripTag(invite.need("From")), 100);
        d.remoteTag = invite.fromTag();
        return d;
    }

    private static String stripTag(String header) {
        return header.replaceAll(";\\s*tag=[^;>\\s,]+", "");
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        try {
            receiver.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One dialog of the phone: sends its requests with the right tags, CSeq and target. */
    static final class Dialog {
        final TestPhone phone;
        final String callId;
        final String localTag;
        final String local;
        final String remote;
        String target;
        String remoteTag = "";
        long cseq;
        String inviteBranch;
        long inviteCSeq;

        Dialog(TestPhone phone, String callId, String target, String localTag, String local, String remote,
                long cseq) {
            this.phone = phone;
            this.callId = callId;
            this.target = target;
            this.localTag = localTag;
            this.local = local;
            this.remote = remote;
            this.cseq = cseq;
        }

        /** Sends the dialog-creating INVITE (with {@code sdp}, or none for a late offer). */
        String invite(String sdp, String... extra) throws IOException {
            inviteBranch = branch();
            inviteCSeq = cseq;
            return phone.sendRequest(this, "INVITE", inviteBranch, cseq++, sdp, extra);
        }

        /** Takes what a 2xx (or a provisional with a tag) tells about the dialog. */
        Dialog established(SipText response) {
            remoteTag = response.toTag();
            response.contactUri().ifPresent(uri -> target = uri);
            return this;
        }

        void ack(long ackCSeq, String sdp) throws IOException {
            phone.sendRequest(this, "ACK", branch(), ackCSeq, sdp);
        }

        void ackInvite(String sdp) throws IOException {
            ack(inviteCSeq, sdp);
        }

        /** The ACK of a non-2xx final answer: part of the INVITE transaction, so with its branch (§17.1.1.3). */
        void ackFailure(SipText response) throws IOException {
            String savedTag = remoteTag;
            remoteTag = response.toTag();
            phone.sendRequest(this, "ACK", inviteBranch, inviteCSeq, null);
            remoteTag = savedTag;
        }

        /** CANCEL of the pending INVITE: same branch and CSeq number (RFC 3261 §9.1). */
        void cancel() throws IOException {
            String savedTag = remoteTag;
            remoteTag = "";
            phone.sendRequest(this, "CANCEL", inviteBranch, inviteCSeq, null);
            remoteTag = savedTag;
        }

        /** An in-dialog request; returns its CSeq. */
        long send(String method, String body, String... extra) throws IOException {
            long number = cseq++;
            if (method.equals("INVITE")) {
                inviteCSeq = number;
                inviteBranch = branch();
                phone.sendRequest(this, method, inviteBranch, number, body, extra);
            } else {
                phone.sendRequest(this, method, branch(), number, body, extra);
            }
            return number;
        }
    }

    String sendRequest(Dialog d, String method, String branch, long cseq, String body, String... extra)
            throws IOException {
        StringBuilder s = new StringBuilder(method).append(' ').append(d.target).append(" SIP/2.0\r\n");
        s.append("Via: SIP/2.0/UDP 127.0.0.1:").append(port()).append(";branch=").append(branch).append(";rport\r\n");
        s.append("Max-Forwards: 70\r\n");
        s.append("From: ").append(d.local).append(";tag=").append(d.localTag).append("\r\n");
        s.append("To: ").append(d.remote).append(d.remoteTag.isEmpty() ? "" : ";tag=" + d.remoteTag).append("\r\n");
        s.append("Call-ID: ").append(d.callId).append("\r\n");
        s.append("CSeq: ").append(cseq).append(' ').append(method).append("\r\n");
        if (method.equals("INVITE") || method.equals("UPDATE")) {
            s.append("Contact: ").append(contact()).append("\r\n");
        }
        for (String line : extra) {
            s.append(line).append("\r\n");
        }
        String text = withBody(s, body);
        send(text);
        return text;
    }
}
