package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/**
 * Plays the application (the EJB side) for bridged calls, through the connector API only: an INVITE from a caller
 * rings the callee the test names, with the caller's offer; the callee's ringing and answer go back to the caller;
 * the caller's ACK bridges the two legs; a leg that ends unbridged takes its partner with it. One monitor serialises
 * its bookkeeping, as the real application serialises per call.
 */
final class TestB2bua {

    /** One call as the application sees it. */
    static final class Call {
        final String callerLeg;
        final String callerTransaction;
        final String callerCallId;
        volatile String calleeLeg;
        final CompletableFuture<Call> bridged = new CompletableFuture<>();

        Call(String callerLeg, String callerTransaction, String callerCallId) {
            this.callerLeg = callerLeg;
            this.callerTransaction = callerTransaction;
            this.callerCallId = callerCallId;
        }
    }

    private final Function<SipRequest, OutboundInvite.Builder> callee;
    private final Map<String, Call> byLeg = new ConcurrentHashMap<>();
    private final Map<String, Call> byCallerCallId = new ConcurrentHashMap<>();

    /** @param callee the INVITE to the callee for a caller's request (Request-URI, target …); the offer is added */
    TestB2bua(Function<SipRequest, OutboundInvite.Builder> callee) {
        this.callee = callee;
    }

    void install(RecordingEndpointFactory endpoint) {
        endpoint.behave(this::onRequest);
        endpoint.onLegEvents(this::onEvent);
    }

    /** The call the caller opened with this Call-ID, once its INVITE was delivered. */
    Call call(String callerCallId) {
        return byCallerCallId.get(callerCallId);
    }

    /** Waits (with a deadline) for the call with this caller Call-ID to be bridged. */
    Call awaitBridged(String callerCallId, java.time.Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Call call;
        while ((call = byCallerCallId.get(callerCallId)) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no call for " + callerCallId);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        long left = Math.max(1, deadline - System.nanoTime());
        return call.bridged.get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    int calls() {
        return byCallerCallId.size();
    }

    private synchronized void onRequest(SipRequest request, SipConnection connection) {
        if (!request.method().equals("INVITE") || request.legId().isEmpty()) {
            if (!request.method().equals("ACK")) {
                connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
            }
            return;
        }
        Call call = new Call(request.legId().get(), request.transactionKey(), request.callId());
        byLeg.put(call.callerLeg, call);
        byCallerCallId.put(call.callerCallId, call);
        OutboundInvite.Builder invite = callee.apply(request)
                .from("<sip:" + request.from().uri().user() + "@127.0.0.1>")
                .maxForwards(request.maxForwards().orElse(70) - 1);
        if (request.body().length > 0) {
            invite.body(SipBody.sdp(new String(request.body(), StandardCharsets.UTF_8)));
        }
        call.calleeLeg = connection.invite(invite.build());
        byLeg.put(call.calleeLeg, call);
    }

    private synchronized void onEvent(LegEvent event, SipConnection connection) {
        Call call = byLeg.get(event.legId());
        if (call == null) {
            return;
        }
        boolean fromCallee = event.legId().equals(call.calleeLeg);
        if (event instanceof LegEvent.Progress p && fromCallee) {
            respond(connection, call, SipResponseSpec.status(p.statusCode()).build());
        } else if (event instanceof LegEvent.Answered a && fromCallee) {
            respond(connection, call, a.body().isEmpty()
                    ? SipResponseSpec.status(200).build()
                    : SipResponseSpec.status(200).body(a.body().contentType(), a.body().content()).build());
        } else if (event instanceof LegEvent.Failed f && fromCallee) {
            respond(connection, call, SipResponseSpec.status(f.statusCode()).build());
            forget(call);
        } else if (event instanceof LegEvent.Confirmed && !fromCallee) {
            connection.bridge(call.callerLeg, call.calleeLeg);
            call.bridged.complete(call);
        } else if (event instanceof LegEvent.Cancelled) {
            connection.hangup(call.calleeLeg);
            forget(call);
        } else if (event instanceof LegEvent.Ended) {
            connection.hangup(fromCallee ? call.callerLeg : call.calleeLeg);
            forget(call);
        }
    }

    private void forget(Call call) {
        byLeg.remove(call.callerLeg);
        if (call.calleeLeg != null) {
            byLeg.remove(call.calleeLeg);
        }
        byCallerCallId.remove(call.callerCallId);
    }

    private static void respond(SipConnection connection, Call call, SipResponseSpec spec) {
        try {
            connection.respond(call.callerTransaction, spec);
        } catch (org.parley.sipconnector.SipSendException e) {
            // the caller went away meanwhile (CANCEL): nothing to answer
        }
    }
}
