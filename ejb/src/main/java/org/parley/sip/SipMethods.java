package org.parley.sip;

import java.util.Set;

/** SIP methods by what Parley does with them today. */
final class SipMethods {

    /** Methods Parley answers (the Allow header); in-dialog ones are relayed between the legs of a call. */
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, UPDATE, INFO, REFER, SUBSCRIBE";

    /** Methods of SIP and its extensions that Parley knows but does not serve yet: answered 405 with Allow. */
    static final Set<String> KNOWN_NOT_ALLOWED = Set.of("PRACK", "NOTIFY", "PUBLISH",
            "MESSAGE");

    /** In-dialog methods that reach the application only when no dialog of the connector matches them. */
    static final Set<String> DIALOG_METHODS = Set.of("BYE", "UPDATE", "INFO", "CANCEL");

    /** SIP extensions (option tags) Parley supports; a Require naming any other gets 420. */
    static final Set<String> SUPPORTED_EXTENSIONS = Set.of("replaces");

    private SipMethods() {
    }
}
