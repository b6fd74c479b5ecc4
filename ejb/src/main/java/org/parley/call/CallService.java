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
    CallView originate(String fromExtension, String to);

    /** Calls in progress, oldest first. */
    List<CallView> active();

    Optional<CallView> find(String callId);

    /** @throws CallNotFoundException when no such call is in progress */
    void hangup(String callId);

    /**
     * Blind transfer on a party's behalf: the outside party of the call (the callee of an outbound or click-to-dial
     * call, the caller otherwise) is connected to {@code target}, the other party is hung up once the target answers.
     * Parley moves the party itself (a new leg to the target, a re-INVITE to the party), without REFER to any phone.
     *
     * @throws CallNotFoundException                          when no such call is in progress
     * @throws org.parley.platform.error.InvalidInputException ({@code target}) for a number that cannot be called
     * @throws CallNotTransferableException                   when the call is not answered or already transferring
     */
    CallView transfer(String callId, String target);

    /** How many calls are in progress. */
    int activeCount();
}
