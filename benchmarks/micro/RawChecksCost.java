package org.parley.sipconnector.jain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/** CPU time per RawRequestChecks.refusalOf of a REGISTER and an INVITE with SDP (thread CPU time, load-insensitive). */
public class RawChecksCost {
    public static void main(String[] args) {
        String register = "REGISTER sip:bench.parley SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1-1-0;rport\r\n"
                + "From: <sip:100001@bench.parley>;tag=1SIPpTag001\r\nTo: <sip:100001@bench.parley>\r\nCall-ID: 1-1@127.0.0.1\r\n"
                + "CSeq: 2 REGISTER\r\nContact: <sip:100001@127.0.0.1:5061;transport=UDP>\r\n"
                + "Authorization: Digest username=\"100001\",realm=\"bench.parley\",uri=\"sip:bench.parley\",nonce=\"abcdef0123456789\",response=\"0123456789abcdef0123456789abcdef\",algorithm=MD5\r\n"
                + "Max-Forwards: 70\r\nExpires: 600\r\nUser-Agent: SIPp register\r\nContent-Length: 0\r\n\r\n";
        String invite = "INVITE sip:200001@127.0.0.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bK-2-1-4;rport\r\n"
                + "From: \"Caller 100001\" <sip:100001@bench.parley>;tag=2SIPpTag001\r\nTo: <sip:200001@bench.parley>\r\n"
                + "Call-ID: 1-2@127.0.0.1\r\nCSeq: 2 INVITE\r\nContact: <sip:100001@127.0.0.1:5062;transport=UDP>\r\n"
                + "Proxy-Authorization: Digest username=\"100001\",realm=\"bench.parley\",uri=\"sip:200001@127.0.0.1:5060\",nonce=\"abcdef\",response=\"0123456789abcdef0123456789abcdef\",algorithm=MD5\r\n"
                + "Max-Forwards: 70\r\nContent-Type: application/sdp\r\nContent-Length: 129\r\n\r\n"
                + "v=0\r\no=caller 53655765 2353687637 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String[] m : new String[][] {{"REGISTER", register}, {"INVITE", invite}}) {
            byte[] bytes = m[1].getBytes(StandardCharsets.ISO_8859_1);
            int n = 200_000;
            for (int i = 0; i < n; i++) { if (RawRequestChecks.refusalOf(bytes).isPresent()) throw new AssertionError(); }
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) { if (RawRequestChecks.refusalOf(bytes).isPresent()) throw new AssertionError(); }
            long c1 = mx.getCurrentThreadCpuTime();
            System.out.printf("%s: %.2f µs of CPU per request%n", m[0], (c1 - c0) / 1000.0 / n);
        }
    }
}
