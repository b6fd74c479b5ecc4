package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/** A phone's side of a transfer by REFER: the request, and the NOTIFYs that report the target's progress. */
public final class Refers {

    private Refers() {
    }

    /** Sends REFER in {@code dialog} to {@code target} (an extension or number of the server's domain). */
    public static SipPhone.Sent refer(SipPhone.Dialog dialog, String target, ParleyServer server) {
        return dialog.send("REFER", null, "", Map.of("Refer-To", "<sip:" + target + "@" + server.domain() + ">",
                "Referred-By", "<sip:transferor@" + server.domain() + ">"));
    }

    /**
     * The next NOTIFY of the refer event on {@code dialog}, answered 200: checks its Subscription-State starts with
     * {@code subscription} and returns its sipfrag status line.
     */
    public static String notified(SipPhone.Dialog dialog, String subscription) {
        SipMessageText notify = dialog.awaitRequest("NOTIFY");
        dialog.respondTo(notify, 200, null, "");
        assertEquals("refer", notify.header("Event").orElse(""), notify::toString);
        assertTrue(notify.header("Subscription-State").orElse("").startsWith(subscription), notify::toString);
        assertTrue(notify.header("Content-Type").orElse("").startsWith("message/sipfrag"), notify::toString);
        return notify.body().trim();
    }
}
