package org.parley.trunk;

import java.util.Optional;

/** The live state of the trunks' outbound registrations, from memory. */
public interface TrunkRegistrationStatus {

    /** The registration of this trunk; empty when Parley does not register it (off, disabled or unknown). */
    Optional<TrunkRegistration> of(String trunkName);
}
