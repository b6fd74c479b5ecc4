package org.parley.directory.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.parley.directory.Extension;
import org.parley.directory.ExtensionRepository;
import org.parley.directory.ExtensionView;
import org.parley.directory.SipSecret;
import org.parley.platform.config.SipDomain;

/** Loads every extension and its SIP credentials into memory once the schema is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DirectoryStartup {

    private static final Logger LOG = Logger.getLogger(DirectoryStartup.class.getName());

    @Inject
    ExtensionRepository repository;

    @Inject
    DirectoryCache cache;

    @Inject
    SipDomain domain;

    @PostConstruct
    void load() {
        Map<ExtensionView, SipSecret> secrets = new HashMap<>();
        int otherRealm = 0;
        for (Extension e : repository.all()) {
            secrets.put(DefaultExtensionService.view(e), e.secret());
            if (!e.secret().realm().equals(domain.realm())) {
                otherRealm++;
            }
        }
        cache.load(secrets);
        LOG.info(() -> "Directory: " + secrets.size() + " extensions, SIP domain " + domain.name());
        if (otherRealm > 0) {
            LOG.warning("Directory: " + otherRealm + " extensions have SIP passwords hashed for another realm than "
                    + domain.realm() + " (PARLEY_DOMAIN changed?); they cannot register until their password is set again");
        }
    }
}
