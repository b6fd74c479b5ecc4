package org.parley.call;

import java.time.Instant;
import java.util.Optional;

/** Calls in the state transfer tests start from. */
final class AnsweredCalls {

    static final SessionDescription CALLEE_ANSWER = new SessionDescription("application/sdp", "v=0 b".getBytes());

    private AnsweredCalls() {
    }

    /**
     * {@code caller} called {@code callee}, who answered on leg "b"; the caller's ACK on leg "a" is in. Then
     * {@code callee} asks (REFER on "b", transaction "tx-1") to transfer the caller to {@code target} at {@code later}.
     */
    static Call transferredByTheCallee(Party caller, Party callee, Party target, Instant at, Instant later) {
        Call call = new Call("c1", CallDirection.INTERNAL, caller, callee, Optional.empty(), at);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, caller, "caller", true, at));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, callee, "sip:" + callee.number() + "@10.0.0.2", true,
                at));
        call.answered("b", CALLEE_ANSWER, at);
        call.confirmed("a", SessionDescription.none(), at);
        call.startTransfer(new TransferRequest(target, Optional.of("b"), Optional.of("tx-1")), later);
        return call;
    }
}
