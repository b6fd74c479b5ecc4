package org.parley.sip;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Starts the trunks' outbound registrations once the trunks are loaded. */
@Startup
@Singleton
@DependsOn("TrunkStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrunkRegistrationStartup {

    @Inject
    TrunkRegistrations registrations;

    @PostConstruct
    void start() {
        registrations.registerAll();
    }
}
