package org.parley.trunk.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.parley.platform.secret.SecretBox;
import org.parley.trunk.TrunkRepository;
import org.parley.trunk.TrunkView;

/**
 * Loads every trunk, passwords opened, into memory once the schema is migrated. The secret key is resolved here, at
 * start: a bad {@code PARLEY_SECRET_KEY} stops the start, and a new installation gets its key file at once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class TrunkStartup {

    private static final Logger LOG = Logger.getLogger(TrunkStartup.class.getName());

    @Inject
    TrunkRepository repository;

    @Inject
    SecretBox secretKey;

    @Inject
    TrunkPasswords passwords;

    @Inject
    TrunkCache cache;

    @PostConstruct
    void load() {
        List<TrunkView> trunks = repository.all().stream()
                .map(t -> TrunkView.of(t.name(), t.settings(), passwords.open(t)))
                .toList();
        cache.load(trunks);
        LOG.info(() -> "Trunks: " + trunks.size() + " configured, " + trunks.stream().filter(TrunkView::enabled)
                .count() + " enabled, " + trunks.stream().filter(TrunkView::registers).count() + " registering");
    }
}
