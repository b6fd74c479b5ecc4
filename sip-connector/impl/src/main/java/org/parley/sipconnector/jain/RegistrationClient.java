package org.parley.sipconnector.jain;

import java.time.Duration;
import java.time.Instant;
import java.util.ListIterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.address.Hop;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.jain.RegistrationClientState.Trigger;

/**
 * One outbound registration (RFC 3261 §10.2): REGISTER with the connector's Contact under one Call-ID and rising
 * CSeq, answered challenges (once per request), refreshed at half the granted expiry, retried after a failure with a
 * doubling wait, un-registered ({@code Expires: 0}) when stopped; where it stands is {@link RegistrationClientState}'s
 * table. Reports each change of registered-ness or status. Guarded by its own monitor.
 */
final class RegistrationClient {

    private static final Logger LOG = Logger.getLogger(RegistrationClient.class.getName());

    private final OutboundRegistration spec;
    private final CallContext ctx;
    private final String callId;
    private final String fromTag = LocalTags.next();
    private final Hop pin;
    private final DeliveryLane lane;
    private long cseq;
    private boolean registered;
    private int reported = -1;
    private boolean reportedRegistered;
    private int failures;
    private RegistrationClientState state = RegistrationClientState.IDLE;
    private Future<?> timer;
    private Attempt current;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    RegistrationClient(OutboundRegistration spec, CallContext ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.callId = ctx.out.newCallId();
        this.pin = spec.target().map(t -> ctx.router.pin(callId, t.host(), t.port(), t.transport())).orElse(null);
        this.lane = ctx.newLane("registration " + spec.key());
    }

    synchronized void start() {
        move(Trigger.SEND);
        send(spec.expires(), null);
    }

    /** Stops refreshing; un-registers if registered. Completes once the registrar answered (or could not). */
    synchronized CompletableFuture<Void> stop() {
        if (state.next(Trigger.STOP).isEmpty()) {
            return done; // stopping or over already
        }
        SipTimers.cancel(timer);
        move(Trigger.STOP);
        if (state == RegistrationClientState.UNREGISTERING) {
            send(0, null);
        } else if (state == RegistrationClientState.ENDED) {
            finish();
        }
        // else STOPPING: the REGISTER in flight decides, a 2xx is un-registered at once, a failure finishes
        return done;
    }

    /** Moves on {@code trigger}; a move the table does not allow is logged and thrown. */
    private void move(Trigger trigger) {
        try {
            state = state.on(trigger);
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "Registration {0}: {1}", new Object[] {spec.key(), e.getMessage()});
            throw e;
        }
    }

    private void finish() {
        current = null;
        ctx.router.unpin(callId, pin);
        done.complete(null);
    }

    /** Sends REGISTER asking for {@code expires} seconds, with credentials answering {@code challenge} if given. */
    private void send(int expires, Response challenge) {
        Request register;
        try {
            register = build(expires);
            if (challenge != null) {
                Optional<String[]> credentials = spec.auth()
                        .flatMap(auth -> DigestAnswer.answer(challenge, register, auth));
                if (credentials.isEmpty()) {
                    failed(challenge.getStatusCode(), challenge.getReasonPhrase());
                    return;
                }
                register.addHeader(OutgoingMessages.single(credentials.get()[0], credentials.get()[1]));
            }
        } catch (SipSendException | java.text.ParseException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Registration {0}: cannot build REGISTER: {1}",
                    new Object[] {spec.key(), e.getMessage()});
            failed(503, "Service Unavailable");
            return;
        }
        Attempt attempt = new Attempt(expires, challenge != null);
        current = attempt;
        try {
            ctx.send(register, attempt);
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "Registration {0}: REGISTER not sent: {1}",
                    new Object[] {spec.key(), e.getMessage()});
            current = null; // no answer will come: the retry timer may send the next one
            failed(503, "Service Unavailable");
        }
    }

    private Request build(int expires) throws java.text.ParseException, InvalidArgumentException {
        URI registrar = ctx.out.uri(spec.registrar());
        URI aor = ctx.out.uri(spec.aor());
        String transport = pin != null ? pin.getTransport() : OutgoingMessages.transportOf(registrar);
        CallIdHeader id = ctx.out.headers.createCallIdHeader(callId);
        FromHeader from = ctx.out.headers.createFromHeader(ctx.out.addresses.createAddress(aor), fromTag);
        ToHeader to = ctx.out.headers.createToHeader(ctx.out.addresses.createAddress((URI) aor.clone()), null);
        Request register = ctx.out.request(registrar, Request.REGISTER, id, ++cseq, from, to, transport, 70);
        register.addHeader(ctx.out.contact(transport, aor instanceof SipURI sip ? sip.getUser() : null));
        register.addHeader(ctx.out.headers.createExpiresHeader(expires));
        return register;
    }

    /** The answers to one REGISTER. */
    private final class Attempt implements ClientHandler {

        private final int expires;
        private final boolean answeredChallenge;

        Attempt(int expires, boolean answeredChallenge) {
            this.expires = expires;
            this.answeredChallenge = answeredChallenge;
        }

        @Override
        public void response(ResponseEvent event) {
            Response response = event.getResponse();
            int code = response.getStatusCode();
            if (code < 200) {
                return;
            }
            synchronized (RegistrationClient.this) {
                if (current != this) {
                    return;
                }
                current = null;
                boolean challenged = (code == 401 || code == 407) && !answeredChallenge && spec.auth().isPresent();
                if (expires == 0) {
                    if (challenged) {
                        move(Trigger.RESEND);
                        send(0, response);
                        return;
                    }
                    registered = false;
                    report(code, response.getReasonPhrase(), null);
                    move(code < 300 ? Trigger.OK : Trigger.FAIL);
                    finish();
                    return;
                }
                if (code >= 200 && code < 300) {
                    succeeded(response);
                } else if (challenged) {
                    move(Trigger.RESEND);
                    send(expires, response);
                } else if (code == 423 && response.getHeader(MinExpiresHeader.NAME) instanceof MinExpiresHeader min
                        && min.getExpires() > expires) {
                    move(Trigger.RESEND);
                    send(min.getExpires(), null);
                } else {
                    failed(code, response.getReasonPhrase());
                }
            }
        }

        @Override
        public void timeout() {
            synchronized (RegistrationClient.this) {
                if (current != this) {
                    return;
                }
                current = null;
                if (expires == 0) {
                    registered = false;
                    move(Trigger.FAIL);
                    finish();
                } else {
                    failed(408, "Request Timeout");
                }
            }
        }
    }

    private void succeeded(Response ok) {
        move(Trigger.OK);
        if (state == RegistrationClientState.UNREGISTERING) {
            // stopped meanwhile: un-register what the registrar just granted
            registered = true;
            send(0, null);
            return;
        }
        int granted = granted(ok);
        registered = true;
        failures = 0;
        Instant expiresAt = Instant.now().plusSeconds(granted);
        report(ok.getStatusCode(), ok.getReasonPhrase(), expiresAt);
        long refreshMillis = Math.max(500, granted * 500L);
        timer = ctx.timers.schedule(Duration.ofMillis(refreshMillis), this::refresh);
    }

    private synchronized void refresh() {
        if (state.next(Trigger.REFRESH_DUE).isPresent()) {
            move(Trigger.REFRESH_DUE);
            send(spec.expires(), null);
        }
    }

    private void failed(int code, String reason) {
        registered = false;
        failures++;
        report(code, reason, null);
        move(Trigger.FAIL);
        if (state == RegistrationClientState.ENDED) {
            finish();
            return;
        }
        Duration wait = ctx.timing.registrationRetry().multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(ctx.timing.registrationRetryMax()) > 0) {
            wait = ctx.timing.registrationRetryMax();
        }
        LOG.log(Level.INFO, "Registration {0} at {1} failed ({2} {3}); retrying in {4}",
                new Object[] {spec.key(), spec.registrar(), code, reason, wait});
        timer = ctx.timers.schedule(wait, this::refresh);
    }

    /** The expiry the registrar granted our Contact (its expires parameter, else Expires, else what we asked). */
    private int granted(Response ok) {
        ListIterator<?> contacts = ok.getHeaders(ContactHeader.NAME);
        while (contacts != null && contacts.hasNext()) {
            if (contacts.next() instanceof ContactHeader contact && contact.getExpires() >= 0
                    && contact.getAddress().getURI() instanceof SipURI uri && ctx.out.host().equals(uri.getHost())) {
                return contact.getExpires();
            }
        }
        if (ok.getHeader(ExpiresHeader.NAME) instanceof ExpiresHeader expires) {
            return expires.getExpires();
        }
        return spec.expires();
    }

    /** Reports a change of registered-ness or status to the application. */
    private void report(int code, String reason, Instant expiresAt) {
        if (code == reported && registered == reportedRegistered) {
            return;
        }
        reported = code;
        reportedRegistered = registered;
        lane.submit(EventDelivery.of(new RegistrationEvent(spec.key(), registered, code, reason == null ? "" : reason,
                Optional.ofNullable(expiresAt))));
    }
}
