package org.parley.call;

import org.parley.platform.error.ConflictException;

/**
 * The call cannot be transferred now (not answered yet, over, or another transfer under way), or has no attended
 * transfer to complete or cancel. Front ends answer 409.
 */
public class CallNotTransferableException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public CallNotTransferableException(String callId) {
        this(callId, "cannot be transferred now: it is not answered, or a transfer is under way");
    }

    /** @param why what the call cannot do now, e.g. "has no attended transfer to complete" */
    public CallNotTransferableException(String callId, String why) {
        super(null, "Call " + callId + " " + why);
    }
}
