package org.parley.call;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link CallSteerer} can do with a call it steers. Every method acts under the call's lock and returns
 * {@code false} when the call is over (the caller hung up meanwhile) or answered (then it does nothing).
 */
public interface CallSteering {

    /**
     * Rings these devices for the call (all at once), for at most {@code ringTime}; the first to answer is connected
     * with the caller. When all fail or the time passes, the steerer hears of it ({@link CallSteerer#exhausted}).
     */
    boolean ring(String callId, List<Destination> devices, Party rung, Duration ringTime);

    /**
     * Rings devices of different parties for the call (all at once: a queue ringing every available agent), each leg
     * presented as calling its own party, so that the call shows which agent answered.
     */
    boolean ring(String callId, List<Ring> rings, Duration ringTime);

    /**
     * One device to ring and the party it belongs to.
     *
     * @param device the device
     * @param rung   its party (an agent's extension)
     */
    record Ring(Destination device, Party rung) {
    }

    /** Stops what rings for the call (cancelled); the steerer then hears of it as exhausted. */
    boolean stopRinging(String callId);

    /** Ends the waiting call: the caller gets {@code status} (480, 486 …). */
    boolean giveUp(String callId, int status);

    /**
     * Parley's media engine answers the waiting caller with early media (183 with the engine's SDP), so that the
     * steerer can play to them ({@link CallMedia} on the endpoint returned); whoever answers later is offered an
     * endpoint of the engine and relayed with the caller. Empty when the call cannot be anchored: over, answered,
     * transferred to the steerer, or its caller made no offer the engine can take (it then hears ringing).
     */
    Optional<String> anchor(String callId);

    /**
     * Takes the call itself to confirm something (an agent logging in or out by dialling a code, a forwarding code, a
     * code refused): it is answered with Parley's media, hears the prompt {@code prompt} (a sound library name) and is
     * hung up when the prompt is over. A caller offering no codec Parley has gets {@code 488}.
     */
    boolean confirm(String callId, String prompt);

    /**
     * Takes the call for a conversation with Parley itself (a voicemail menu): it is answered with Parley's media
     * (the caller's offer answered as RFC 3264 says) and no longer steered; the steerer then drives the endpoint
     * through {@link CallMedia} and ends the call through {@link CallService#hangup}. A caller offering no codec
     * Parley has gets {@code 488}.
     *
     * @return the caller's leg and the endpoint answering it; empty when the call is over, answered or refused
     */
    java.util.Optional<Taken> takeOver(String callId);

    /**
     * A call Parley answered for a conversation.
     *
     * @param legId      the caller's leg (its key presses are reported on it)
     * @param endpointId the media endpoint answering it
     */
    record Taken(String legId, String endpointId) {
    }

    /**
     * Sends the call to a mailbox for good (a queue's fallback): Parley answers it with its media (a caller hearing
     * early media keeps the SDP of its 183), the call's record gains the voicemail hop, and the voicemail feature
     * greets and records. The steerer no longer hears of the call.
     *
     * @param hop the step to the mailbox ({@link CallHop.Type#VOICEMAIL}, the box's number as {@code to})
     */
    boolean toMailbox(String callId, CallHop hop);

    /**
     * Sends the call to an extension for good (a queue's fallback): its devices ring with its own ring time, and the
     * call ends as any call does if they fail. The steerer no longer hears of the call.
     */
    boolean divert(String callId, String extension);
}
