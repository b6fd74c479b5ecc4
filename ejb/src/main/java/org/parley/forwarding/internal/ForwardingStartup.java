package org.parley.forwarding.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.forwarding.ExtensionForwarding;
import org.parley.forwarding.ForwardingRepository;
import org.parley.forwarding.ForwardingSettings;

/** Loads the forwarding of every extension into memory once the schema is migrated, and checks its settings. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ForwardingStartup {

    private static final Logger LOG = Logger.getLogger(ForwardingStartup.class.getName());

    @Inject
    ForwardingRepository repository;

    @Inject
    ForwardingCache cache;

    @Inject
    ForwardingSettings settings;

    @Inject
    TollFraudPolicy tollFraud;

    @PostConstruct
    void load() {
        cache.load(repository.all().stream().map(ExtensionForwarding::rules).toList());
        LOG.info(() -> "Forwarding: " + cache.size() + " extensions with rules or extra devices; company number "
                + settings.companyNumber().orElse("(none)") + ", international countries allowed "
                + tollFraud.allowedCountries() + ", at most " + settings.maxHops() + " forwards per call");
    }
}
