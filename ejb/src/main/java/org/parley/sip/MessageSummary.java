package org.parley.sip;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;

/**
 * The NOTIFY of message waiting (RFC 3842): event {@code message-summary}, an
 * {@code application/simple-message-summary} body with whether messages wait, the account, and the voice messages
 * new/old.
 */
final class MessageSummary {

    static final String EVENT = "message-summary";
    static final String CONTENT_TYPE = "application/simple-message-summary";

    private MessageSummary() {
    }

    /** {@code Subscription-State: active;expires=N} or {@code terminated;reason=…}. */
    static List<SipHeader> headers(String subscriptionState) {
        return List.of(new SipHeader("Event", EVENT), new SipHeader("Subscription-State", subscriptionState));
    }

    /** The body for {@code account} (a SIP URI) with {@code fresh} new and {@code old} old voice messages. */
    static SipBody body(String account, int fresh, int old) {
        String text = "Messages-Waiting: " + (fresh > 0 ? "yes" : "no") + "\r\n"
                + "Message-Account: " + account + "\r\n"
                + "Voice-Message: " + fresh + "/" + old + " (0/0)\r\n";
        return new SipBody(CONTENT_TYPE, text.getBytes(StandardCharsets.US_ASCII));
    }
}
