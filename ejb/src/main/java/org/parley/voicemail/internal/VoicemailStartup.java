package org.parley.voicemail.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.media.SoundInfo;
import org.parley.media.SoundLibrary;
import org.parley.voicemail.BoxSettings;
import org.parley.voicemail.MailboxRepository;
import org.parley.voicemail.VoicemailSettings;

/**
 * Loads the stored mailboxes into memory once the schema is migrated, and stores the messages a stop left in the
 * spool (recorded, not yet rows).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class VoicemailStartup {

    private static final Logger LOG = Logger.getLogger(VoicemailStartup.class.getName());

    @Inject
    MailboxRepository repository;

    @Inject
    MailboxDirectory directory;

    @Inject
    VoicemailSpool spool;

    @Inject
    MessageStore store;

    @Inject
    VoicemailSettings settings;

    @Inject
    GreetingDirectory greetings;

    @Inject
    SoundLibrary sounds;

    @PostConstruct
    void load() {
        directory.load(repository.all().stream().map(BoxSettings::of).toList());
        greetings.load(sounds.list().stream().map(SoundInfo::name).toList());
        List<String> waiting = spool.waiting();
        waiting.forEach(store::storeSpooled);
        LOG.log(Level.INFO, "Voicemail: {0} shared mailboxes, extension mailboxes {1} by default, messages at most"
                + " {2} s, {3} spooled messages stored again", new Object[] {directory.shared().size(),
                        settings.extensionBoxesOnByDefault() ? "on" : "off", settings.maxLength().toSeconds(),
                        waiting.size()});
    }
}
