package org.parley.call;

import java.util.Objects;

/**
 * What call control asks the signalling side to do after a decision; carried out in order, under the call's lock.
 */
public sealed interface CallAction {

    /**
     * Answer the caller's INVITE: 180/183 (with early media), 200 (with the answer) or a final refusal; an empty
     * reason phrase is the status's standard one.
     */
    record RespondToCaller(int status, String reasonPhrase, SessionDescription body) implements CallAction {
        public RespondToCaller {
            Objects.requireNonNull(reasonPhrase, "reasonPhrase");
            Objects.requireNonNull(body, "body");
        }

        public RespondToCaller(int status, SessionDescription body) {
            this(status, "", body);
        }

        /** The same answer with another reason phrase. */
        public RespondToCaller withReasonPhrase(String phrase) {
            return new RespondToCaller(status, phrase, body);
        }
    }

    /** Join two legs: from now on their in-dialog requests are relayed to each other. */
    record Bridge(String legA, String legB) implements CallAction {
    }

    /** Stop an outgoing leg that has not been answered. */
    record Cancel(String legId) implements CallAction {
    }

    /** End a leg (BYE when confirmed). */
    record Hangup(String legId) implements CallAction {
    }

    /** Acknowledge an outgoing leg's 2xx with the answer it waits for (late offer). */
    record Acknowledge(String legId, SessionDescription answer) implements CallAction {
    }

    /**
     * A steered call's destinations all failed, or their ring time passed: its steerer decides what comes next (the
     * caller keeps waiting meanwhile).
     */
    record DestinationsExhausted(Disposition outcome, int status) implements CallAction {
    }

    /** Click-to-dial: the origin answered with {@code offer}; dial the destination with it. */
    record DialDestination(SessionDescription offer) implements CallAction {
    }

    /** Answer an INVITE that is not the call's own caller's (an INVITE with Replaces taking over one of its legs). */
    record RespondToInvite(String legId, String transactionKey, int status, SessionDescription body)
            implements CallAction {
        public RespondToInvite {
            Objects.requireNonNull(body, "body");
        }
    }

    /** Take a leg out of its bridge (a transferor, while its party's call is handed on). */
    record Unbridge(String legId) implements CallAction {
    }

    /** Answer a party's request to transfer (the REFER's server transaction): 202 accepted, or a refusal. */
    record AnswerTransferRequest(String requestKey, int status) implements CallAction {
    }

    /**
     * Tell the transferor how its transfer goes (RFC 3515 NOTIFY with a message/sipfrag status line): 100, 180, then
     * a final status that ends the implicit subscription.
     */
    record NotifyTransferor(String legId, int status) implements CallAction {
    }

    /**
     * Attended transfer that failed after the hand-over: the target's leg {@code targetLeg} goes back to the call of
     * {@code consultationLeg} (the transferor's leg to the target), which bridges the two again ({@link
     * Call#takeBack}); {@code pendingOffer} is the target's offer still waiting for an answer, if any.
     */
    record GiveBack(String targetLeg, String consultationLeg, SessionDescription pendingOffer) implements CallAction {
        public GiveBack {
            Objects.requireNonNull(pendingOffer, "pendingOffer");
        }
    }

    /**
     * Publish a fact about the call that changes no {@link CallState} (the API's attended transfer consulting its
     * target), with the call as it is once the decision is taken.
     */
    record Announce(CallEvent.Type type) implements CallAction {
        public Announce {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Give a confirmed leg a new session (re-INVITE with {@code offer}): a transferred party meets its new partner. */
    record Reoffer(String legId, SessionDescription offer) implements CallAction {
        public Reoffer {
            Objects.requireNonNull(offer, "offer");
        }
    }

    /**
     * Answer a leg's re-INVITE (transaction {@code transactionKey}) from its endpoint on Parley's media engine, opened
     * for it if it has none (RFC 3264: {@code recvonly} for {@code sendonly}); 488 when the engine can use nothing of
     * {@code offer}.
     */
    record AnswerFromEngine(String legId, String transactionKey, SessionDescription offer) implements CallAction {
        public AnswerFromEngine {
            Objects.requireNonNull(offer, "offer");
        }
    }

    /** Re-INVITE a leg onto a new endpoint of Parley's media engine (Parley's offer); the answer comes back reoffered. */
    record OfferFromEngine(String legId) implements CallAction {
    }

    /** The leg's endpoint takes the far end's {@code answer} and plays the music class to it, in a loop. */
    record PlayMusic(String legId, SessionDescription answer, String musicClass) implements CallAction {
        public PlayMusic {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** Close the leg's endpoint on the media engine, if it has one (its ports are released). */
    record ReleaseMedia(String legId) implements CallAction {
    }

    /** Stop the music played to the leg's endpoint; the relay it is in is heard again. */
    record StopMusic(String legId) implements CallAction {
    }

    /**
     * Parley's re-INVITE of the leg met a re-INVITE of the far end (491): offer again from the engine after a random
     * pause of 2.1 to 4 s (RFC 3261 §14.1: Parley owns the Call-ID of its legs); the retry comes back as
     * {@code Call.retryReoffer}.
     */
    record ReofferLater(String legId) implements CallAction {
    }

    // --- press 1 to accept ({@link ConfirmStage}): carried out with Parley's media ---

    /** A leg to be confirmed by key answered with {@code answer} (to Parley's offer): play it the prompt. */
    record PromptForKey(String legId, SessionDescription answer) implements CallAction {
    }

    /** The prompted device pressed 1: answer the caller from the engine and connect it with the leg. */
    record ConfirmAccepted(String legId) implements CallAction {
    }

    /** The prompted device refused ({@code why}: another key, silence, its hang-up): the caller goes to voicemail. */
    record ConfirmRefused(String legId, ConfirmStage.Trigger why) implements CallAction {
    }
}
