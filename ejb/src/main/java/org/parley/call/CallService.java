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

    /** How many calls are in progress. */
    int activeCount();
}
