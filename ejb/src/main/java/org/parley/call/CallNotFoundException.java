package org.parley.call;

import org.parley.platform.error.NotFoundException;

/** No call in progress has this id. */
public class CallNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public CallNotFoundException(String callId) {
        super("No call " + callId + " in progress");
    }
}
