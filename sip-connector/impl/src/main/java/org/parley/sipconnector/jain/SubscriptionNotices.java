package org.parley.sipconnector.jain;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.address.Hop;
import javax.sip.message.Request;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SubscriptionDialog;

/**
 * NOTIFYs in the subscriptions the application accepted (RFC 6665 §4.2.2): a request within the subscription's dialog
 * (its Call-ID, Parley's tag in From, the subscriber's in To, the subscriber's Contact as Request-URI), sent to the
 * address the SUBSCRIBE came from. Answers are ignored.
 */
final class SubscriptionNotices {

    private static final Logger LOG = Logger.getLogger(SubscriptionNotices.class.getName());

    private final CallContext ctx;

    SubscriptionNotices(CallContext ctx) {
        this.ctx = ctx;
    }

    void notify(SubscriptionDialog dialog, long cseq, List<SipHeader> headers, SipBody body) {
        OutgoingMessages out = ctx.out;
        String transport = dialog.transport().toUpperCase(Locale.ROOT);
        FromHeader from = out.from("<" + dialog.localUri().text() + ">", dialog.localTag());
        ToHeader to = out.to("<" + dialog.remoteUri().text() + ">");
        CallIdHeader callId;
        try {
            to.setTag(dialog.remoteTag());
            callId = out.headers.createCallIdHeader(dialog.callId());
        } catch (java.text.ParseException e) {
            throw new SipSendException("cannot build a NOTIFY: " + e.getMessage(), e);
        }
        Request notify = out.request(out.uri(dialog.remoteTarget().text()), Request.NOTIFY, callId, cseq, from, to,
                transport, 70);
        notify.addHeader(out.contact(transport, null));
        out.addHeaders(notify, headers);
        out.setBody(notify, body);
        // to where the SUBSCRIBE came from, only for this request: the dialog's next NOTIFY is pinned again
        Hop pinned = ctx.router.pin(dialog.callId(), dialog.source().host(), dialog.source().port(), transport);
        try {
            ctx.send(notify, ClientHandler.IGNORE);
        } finally {
            ctx.router.unpin(dialog.callId(), pinned);
        }
        LOG.log(Level.FINE, "NOTIFY {0} sent in subscription {1}", new Object[] {cseq, dialog.callId()});
    }
}
