package org.parley.sip;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.NameAddress;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SubscriptionDialog;
import org.parley.voicemail.MailboxChanged;
import org.parley.voicemail.MailboxService;
import org.parley.voicemail.MailboxView;

/**
 * Message waiting (RFC 3842 over RFC 6665): a registered phone SUBSCRIBEs to {@code message-summary} for a mailbox
 * (the Request-URI's user: its own extension's box, or a shared box notifying it); Parley accepts with {@code 200},
 * sends a NOTIFY with the counts at once, another on every change of the box, refreshes the subscription on an
 * in-dialog SUBSCRIBE, and ends it with a {@code terminated} NOTIFY when it expires or the phone unsubscribes
 * ({@code Expires: 0}). No NOTIFY is sent to a phone that did not subscribe.
 */
@ApplicationScoped
public class MessageWaiting {

    private static final Logger LOG = Logger.getLogger(MessageWaiting.class.getName());
    /** Asterisk's default and longest subscription. */
    static final int MAX_EXPIRES = 3600;
    /** Shorter (but not 0) is {@code 423 Interval Too Brief}. */
    static final int MIN_EXPIRES = 60;

    @Inject
    SipResponder responder;

    @Inject
    ExtensionAuthentication authentication;

    @Inject
    MailboxService mailboxes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Accepted subscriptions by dialog (Call-ID and Parley's tag). */
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

    /** One subscription: its dialog, its box, the next CSeq of its NOTIFYs and its expiry timer. */
    private static final class Subscription {
        final SubscriptionDialog dialog;
        final String mailbox;
        final String account;
        final AtomicLong cseq = new AtomicLong(1);
        volatile ScheduledFuture<?> expiry;

        Subscription(SubscriptionDialog dialog, String mailbox, String account) {
            this.dialog = dialog;
            this.mailbox = mailbox;
            this.account = account;
        }
    }

    void handle(SipRequest subscribe) {
        String event = subscribe.header("Event").map(e -> e.split(";")[0].trim()).orElse("");
        if (!MessageSummary.EVENT.equalsIgnoreCase(event)) {
            responder.respond(subscribe, SipResponseSpec.status(489).header("Allow-Events", MessageSummary.EVENT)
                    .build());
            return;
        }
        int expires = Math.min(subscribe.expires().orElse(MAX_EXPIRES), MAX_EXPIRES);
        if (expires > 0 && expires < MIN_EXPIRES) {
            responder.respond(subscribe, SipResponseSpec.status(423).header("Min-Expires",
                    Integer.toString(MIN_EXPIRES)).build());
            return;
        }
        if (subscribe.to().tag().isPresent()) {
            // within an accepted subscription: its dialog's Call-ID and tags identify it, as for a BYE
            refresh(subscribe, expires);
            return;
        }
        authentication.extensionOf(subscribe, subscribe.remote().host())
                .ifPresent(extension -> subscribe(subscribe, extension, expires));
    }

    private void subscribe(SipRequest subscribe, String extension, int expires) {
        String mailbox = subscribe.requestUri().user();
        if (!mailboxes.belongsTo(mailbox, extension)) {
            LOG.log(Level.INFO, "SUBSCRIBE of {0} to the mailbox {1} refused: not theirs",
                    new Object[] {extension, mailbox});
            responder.respond(subscribe, SipResponseSpec.status(403).build());
            return;
        }
        Optional<String> remoteTag = subscribe.from().tag();
        if (remoteTag.isEmpty() || subscribe.contacts().isEmpty() || subscribe.localTag().isEmpty()) {
            responder.respond(subscribe, SipResponseSpec.status(400).reason("Bad Request: From tag and Contact"
                    + " needed").build());
            return;
        }
        NameAddress contact = subscribe.contacts().get(0);
        SubscriptionDialog dialog = new SubscriptionDialog(subscribe.callId(), subscribe.to().uri(),
                subscribe.localTag(), subscribe.from().uri(), remoteTag.get(), contact.uri(), subscribe.remote(),
                subscribe.transport());
        Subscription s = new Subscription(dialog, mailbox, "sip:" + mailbox + "@" + subscribe.requestUri().host());
        accept(subscribe, expires);
        if (expires == 0) {
            // a fetch (RFC 6665 §4.4.1): the state once, and the subscription is over
            send(s, "terminated;reason=timeout");
            return;
        }
        // the first NOTIFY goes out before any change's (which waits for the subscription's lock)
        synchronized (s) {
            subscriptions.put(key(dialog.callId(), dialog.localTag()), s);
            schedule(s, expires);
            LOG.log(Level.INFO, "Extension {0} subscribed to message waiting of mailbox {1} for {2} s",
                    new Object[] {extension, mailbox, expires});
            send(s, "active;expires=" + expires);
        }
    }

    /** An in-dialog SUBSCRIBE: a refresh, or {@code Expires: 0} to unsubscribe (RFC 6665 §4.1.2.2, §4.1.2.3). */
    private void refresh(SipRequest subscribe, int expires) {
        String localTag = subscribe.to().tag().orElseThrow();
        Subscription s = subscriptions.get(key(subscribe.callId(), localTag));
        if (s == null) {
            responder.respond(subscribe, SipResponseSpec.status(481).reason("Subscription Does Not Exist").build());
            return;
        }
        accept(subscribe, expires);
        if (expires == 0) {
            end(s, "terminated;reason=timeout");
            return;
        }
        schedule(s, expires);
        send(s, "active;expires=" + expires);
    }

    private void accept(SipRequest subscribe, int expires) {
        String host = responder.withConnection(c -> c.advertisedHost()).orElse(subscribe.local().host());
        String contact = "<sip:" + host + ":" + subscribe.local().port() + ";transport="
                + subscribe.transport().toLowerCase(java.util.Locale.ROOT) + ">";
        responder.respond(subscribe, SipResponseSpec.status(200).header("Expires", Integer.toString(expires))
                .header("Contact", contact).build());
    }

    private void schedule(Subscription s, int expires) {
        ScheduledFuture<?> previous = s.expiry;
        if (previous != null) {
            previous.cancel(false);
        }
        s.expiry = scheduler.schedule(() -> end(s, "terminated;reason=timeout"), expires, TimeUnit.SECONDS);
    }

    /** The subscription is over: its last NOTIFY says so (RFC 6665 §4.2.2). */
    private void end(Subscription s, String state) {
        if (subscriptions.remove(key(s.dialog.callId(), s.dialog.localTag())) == null) {
            return;
        }
        ScheduledFuture<?> expiry = s.expiry;
        if (expiry != null) {
            expiry.cancel(false);
        }
        LOG.log(Level.INFO, "Message waiting subscription to mailbox {0} ended", s.mailbox);
        send(s, state);
    }

    /** A box's counts changed: every subscription to it is told. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged changed) {
        subscriptions.values().stream().filter(s -> s.mailbox.equals(changed.mailbox()))
                .forEach(s -> send(s, changed.newMessages(), changed.oldMessages(), "active"));
    }

    /** Sends the box's counts as they are now (read under the subscription's lock, so no older count follows). */
    private void send(Subscription s, String state) {
        synchronized (s) {
            MailboxView box = mailboxes.get(s.mailbox);
            sendNow(s, box.newMessages(), box.oldMessages(), state);
        }
    }

    /** Sends one NOTIFY; a subscription's NOTIFYs go out one at a time, in the order of their CSeq. */
    private void send(Subscription s, int fresh, int old, String state) {
        synchronized (s) {
            sendNow(s, fresh, old, state);
        }
    }

    private void sendNow(Subscription s, int fresh, int old, String state) {
        try {
            responder.withConnection(c -> {
                c.notify(s.dialog, s.cseq.getAndIncrement(), MessageSummary.headers(state),
                        MessageSummary.body(s.account, fresh, old));
                return null;
            });
        } catch (SipSendException | SipResponder.SipUnavailable e) {
            LOG.log(Level.INFO, "Message waiting NOTIFY for mailbox {0} not sent: {1}",
                    new Object[] {s.mailbox, e.getMessage()});
        }
    }

    private static String key(String callId, String localTag) {
        return callId + ";" + localTag;
    }

    @PreDestroy
    void stop() {
        subscriptions.values().forEach(s -> {
            ScheduledFuture<?> f = s.expiry;
            if (f != null) {
                f.cancel(false);
            }
        });
    }
}
