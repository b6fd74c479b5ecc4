package org.parley.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Runs after every other startup bean (a new one adds its name here) and marks Parley started
 * ({@link ApplicationState}).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DirectoryStartup", "RegistrarStartup", "CallRecordStartup", "DialplanStartup",
        "QueueStartup", "TrunkStartup", "TrunkRegistrationStartup", "ForwardingStartup", "AdminAccountStartup"})
public class StartupComplete {

    @Inject
    ApplicationState state;

    @PostConstruct
    void started() {
        state.markStarted();
    }
}
