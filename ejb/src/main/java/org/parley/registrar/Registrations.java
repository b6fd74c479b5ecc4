package org.parley.registrar;

import java.util.List;
import java.util.Optional;

/** The live registrations: where each extension's phones can be reached. Read from memory. */
public interface Registrations {

    /** Whether the registrar has loaded its bindings and serves REGISTER. */
    boolean ready();

    /** Live bindings, ordered by extension then contact; of one extension when given. */
    List<RegistrationView> list(Optional<String> extension);

    /** Whether some registered phone sends from this IP address (no DNS: an address as the packets carry it). */
    boolean hasBindingFrom(String host);

    /** How many bindings are live. */
    int count();

    /**
     * Removes one binding, as an administrator does for a lost or stale device (a phone that is still there
     * registers again at its next refresh).
     *
     * @param extension the extension (address of record)
     * @param contact   the contact URI, as {@link RegistrationView#contact()} shows it
     * @throws BindingNotFoundException when the extension has no such live binding
     */
    void remove(String extension, String contact);
}
