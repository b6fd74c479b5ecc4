package org.parley.web.phone;

import org.parley.platform.error.NotFoundException;

/** The signed-in user has no phone in the browser: no linked extension, or SIP over WebSocket is off. */
class NoPhoneException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    NoPhoneException(String username, String why) {
        super("User " + username + " has no browser phone: " + why);
    }
}
