package org.parley.security;

import org.parley.platform.error.NotFoundException;

/** No ban of that source address is in force. */
public class SipBanNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SipBanNotFoundException(String address) {
        super("No SIP ban of " + address + " is in force");
    }
}
