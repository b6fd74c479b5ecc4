package org.parley.directory;

import java.util.Optional;

/** The SIP credentials of extensions, read from memory (the SIP path never waits on the database). */
public interface SipSecrets {

    Optional<SipSecret> of(String number);
}
