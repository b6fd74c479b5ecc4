package org.parley.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Runs after every other startup bean and marks Parley started ({@link ApplicationState}). It names only the startup
 * beans no other one depends on (they bring the rest: DatabaseMigration, DirectoryStartup, TrunkStartup): Payara's
 * ordering reports a false cycle when a bean names both another and one of that one's dependencies. A new startup
 * bean adds its name here (and a bean it now depends on leaves the list).
 */
@Startup
@Singleton
@DependsOn({"RegistrarStartup", "CallRecordStartup", "DialplanStartup", "QueueStartup", "TrunkRegistrationStartup",
        "ForwardingStartup", "AdminAccountStartup", "MediaAnchorStartup", "VoicemailStartup"})
public class StartupComplete {

    @Inject
    ApplicationState state;

    @PostConstruct
    void started() {
        state.markStarted();
    }
}
