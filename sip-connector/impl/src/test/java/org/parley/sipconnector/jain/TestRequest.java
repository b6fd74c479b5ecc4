package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Hand-written SIP request text, CRLF-terminated, as a phone would send it to the connector on 127.0.0.1. */
final class TestRequest {

    private final String method;
    private String transport = "UDP";
    private int serverPort;
    private int viaPort;
    private String viaParameters = "";
    private String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
    private String callId = UUID.randomUUID() + "@127.0.0.1";
    private long cseq = 1;
    private String toTag = "";
    private boolean maxForwards = true;
    private final List<String> headers = new ArrayList<>();
    private String body = "";

    private TestRequest(String method) {
        this.method = method;
    }

    static TestRequest of(String method) {
        return new TestRequest(method);
    }

    /** Addressed to the connector at {@code serverPort}, with a Via naming {@code clientPort}. */
    TestRequest between(int clientPort, int serverPort) {
        this.viaPort = clientPort;
        this.serverPort = serverPort;
        return this;
    }

    TestRequest transport(String value) {
        this.transport = value;
        return this;
    }

    /** A Via sent-by port other than the one the datagram comes from, with {@code ;rport} so answers still arrive. */
    TestRequest viaClaimsPort(int port) {
        this.viaPort = port;
        this.viaParameters = ";rport";
        return this;
    }

    TestRequest callId(String value) {
        this.callId = value;
        return this;
    }

    TestRequest cseq(long value) {
        this.cseq = value;
        return this;
    }

    TestRequest toTag(String value) {
        this.toTag = value;
        return this;
    }

    TestRequest branch(String value) {
        this.branch = value;
        return this;
    }

    TestRequest withoutMaxForwards() {
        this.maxForwards = false;
        return this;
    }

    TestRequest header(String nameAndValue) {
        headers.add(nameAndValue);
        return this;
    }

    TestRequest body(String contentType, String content) {
        headers.add("Content-Type: " + contentType);
        this.body = content;
        return this;
    }

    String callId() {
        return callId;
    }

    String branch() {
        return branch;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        s.append(method).append(" sip:parley@127.0.0.1:").append(serverPort).append(" SIP/2.0\r\n");
        s.append("Via: SIP/2.0/").append(transport).append(" 127.0.0.1:").append(viaPort)
                .append(";branch=").append(branch).append(viaParameters).append("\r\n");
        if (maxForwards) {
            s.append("Max-Forwards: 70\r\n");
        }
        s.append("From: \"Alice\" <sip:alice@127.0.0.1>;tag=a1b2c3\r\n");
        s.append("To: <sip:parley@127.0.0.1>").append(toTag.isEmpty() ? "" : ";tag=" + toTag).append("\r\n");
        s.append("Call-ID: ").append(callId).append("\r\n");
        s.append("CSeq: ").append(cseq).append(' ').append(method).append("\r\n");
        for (String h : headers) {
            s.append(h).append("\r\n");
        }
        s.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n");
        s.append(body);
        return s.toString();
    }
}
