package org.parley.sip;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;

/**
 * The NOTIFY that tells a transferor how its REFER goes (RFC 3515 §2.4.4–2.4.5): event {@code refer}, a
 * {@code message/sipfrag} body holding the status line of the target's answer (RFC 3420), and a subscription that
 * stays active until a final status ends it.
 */
final class TransferNotices {

    static final String METHOD = "NOTIFY";

    /** RFC 3261 §21 reason phrases of the statuses a transfer reports. */
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(100, "Trying"), Map.entry(180, "Ringing"), Map.entry(183, "Session Progress"),
            Map.entry(200, "OK"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(408, "Request Timeout"), Map.entry(480, "Temporarily Unavailable"),
            Map.entry(484, "Address Incomplete"), Map.entry(486, "Busy Here"),
            Map.entry(487, "Request Terminated"), Map.entry(488, "Not Acceptable Here"),
            Map.entry(500, "Server Internal Error"), Map.entry(503, "Service Unavailable"),
            Map.entry(600, "Busy Everywhere"), Map.entry(603, "Decline"));

    private TransferNotices() {
    }

    static List<SipHeader> headers(int status) {
        String state = status < 200 ? "active;expires=60" : "terminated;reason=noresource";
        return List.of(new SipHeader("Event", "refer"), new SipHeader("Subscription-State", state));
    }

    static SipBody body(int status) {
        String line = "SIP/2.0 " + status + " " + PHRASES.getOrDefault(status, status < 300 ? "OK" : "Failed");
        return new SipBody("message/sipfrag;version=2.0", line.getBytes(StandardCharsets.UTF_8));
    }
}
