package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.registrar.Registrations;

/** Whether the services behind SIP have loaded their state and can decide on requests. */
@ApplicationScoped
public class SipReadiness {

    @Inject
    Registrations registrations;

    public boolean servicesReady() {
        return registrations.ready();
    }
}
