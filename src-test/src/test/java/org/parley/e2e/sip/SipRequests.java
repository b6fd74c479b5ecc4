package org.parley.e2e.sip;

import java.util.UUID;

/** Hand-written requests for the SIP tests. */
public final class SipRequests {

    private SipRequests() {
    }

    public static String request(String method, String requestUri, int localPort, String callId,
            String... extraHeaders) {
        StringBuilder sb = new StringBuilder()
                .append(method).append(' ').append(requestUri).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:").append(localPort).append(";branch=z9hG4bK")
                .append(UUID.randomUUID().toString().replace("-", "")).append(";rport\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:tester@127.0.0.1>;tag=").append(UUID.randomUUID().toString(), 0, 8).append("\r\n")
                .append("To: <").append(requestUri).append(">\r\n")
                .append("Call-ID: ").append(callId).append("\r\n")
                .append("CSeq: 1 ").append(method).append("\r\n");
        for (String h : extraHeaders) {
            sb.append(h).append("\r\n");
        }
        return sb.append("Content-Length: 0\r\n\r\n").toString();
    }
}
