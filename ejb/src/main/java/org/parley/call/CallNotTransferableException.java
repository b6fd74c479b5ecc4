package org.parley.call;

import org.parley.platform.error.ConflictException;

/** The call cannot be transferred now: not answered yet, over, or another transfer under way. Front ends answer 409. */
public class CallNotTransferableException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public CallNotTransferableException(String callId) {
        super(null, "Call " + callId + " cannot be transferred now: it is not answered, or a transfer is under way");
    }
}
