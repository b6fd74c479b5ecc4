package org.parley.call;

import java.util.List;
import java.util.Optional;

/** Calls as the REST API and the console see them: list, look at, start (click-to-dial), hang up. */
public interface CallService {

    /**
     * Click-to-dial: rings the extension {@code fromExtension} first and dials {@code to} once it answers.
     *
     * @throws org.parley.platform.error.InvalidInputException for an unknown extension, one with no registered
     *                                                         device, or a number that cannot be dialled
     */
    default CallView originate(String fromExtension, String to) {
        return originate(fromExtension, to, "", List.of());
    }

    /**
     * Click-to-dial as {@link #originate(String, String)}, the party called named {@code calleeName} (blank: no
     * name): the origin's phones show it as the caller of the call they are offered, and the call's events as the
     * callee's name (a queue callback names the contact it calls back). A non-empty {@code announcement} (sound
     * names) is played to the origin once it answers, its media anchored on the engine, and the destination is dialled
     * when it is over (a queue callback's "callback for" and the number).
     */
    CallView originate(String fromExtension, String to, String calleeName, List<String> announcement);

    /** Calls in progress, oldest first. */
    List<CallView> active();

    Optional<CallView> find(String callId);

    /** @throws CallNotFoundException when no such call is in progress */
    void hangup(String callId);

    /** The id of the call in progress that the leg {@code legId} belongs to (one of its {@code legs}). */
    Optional<String> callOfLeg(String legId);

    /**
     * Transfer on a party's behalf: the outside party of the call (the callee of an outbound or click-to-dial call,
     * the caller otherwise) is to be connected to {@code target}. Parley moves the parties itself (new legs,
     * re-INVITEs), without REFER to any phone. {@link TransferRequest.Mode#BLIND}: the target is rung and the inside
     * party hung up once it answers. {@link TransferRequest.Mode#ATTENDED}: the inside party consults the target first
     * (the outside party waits, unbridged) until {@link #completeTransfer} or {@link #cancelTransfer}.
     *
     * @throws CallNotFoundException                          when no such call is in progress
     * @throws org.parley.platform.error.InvalidInputException ({@code target}) for a number that cannot be called
     * @throws CallNotTransferableException                   when the call is not answered or already transferring
     */
    CallView transfer(String callId, String target, TransferRequest.Mode mode);

    /**
     * Completes the attended transfer started by {@link #transfer}: the outside party meets the target, the inside
     * party is hung up. While the target still rings, the transfer goes on blind.
     *
     * @throws CallNotFoundException        when no such call is in progress
     * @throws CallNotTransferableException when the call has no attended transfer ringing or consulting its target
     */
    CallView completeTransfer(String callId);

    /**
     * Cancels the attended transfer started by {@link #transfer}: the target is hung up (or its ringing cancelled),
     * the inside party gets the outside one back.
     *
     * @throws CallNotFoundException        when no such call is in progress
     * @throws CallNotTransferableException when the call has no attended transfer ringing or consulting its target
     */
    void cancelTransfer(String callId);

    /** How many calls are in progress. */
    int activeCount();

    /**
     * Refuses the call on one extension's phones, as if they had answered busy ({@code 486}): those still ringing are
     * cancelled, and the call goes on as for a busy extension (its busy forwarding, the queue's next agent, or busy
     * for the caller when nothing else rings). For the screen pop's *Reject*.
     *
     * @return whether a phone of the extension was ringing
     * @throws CallNotFoundException when the call is not in progress
     */
    boolean reject(String callId, String extension);
}
