package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionRemoved;
import org.parley.voicemail.BoxSettings;
import org.parley.voicemail.MailboxKind;
import org.parley.voicemail.MailboxSaved;
import org.parley.voicemail.VoicemailSettings;

/**
 * The stored boxes in memory, for calls (the SIP path never reads the database): an extension's box is on (or off:
 * {@code PARLEY_VOICEMAIL_EXTENSIONS}) unless its row says otherwise; a shared box is one of the rows. Loaded at
 * start, changed after each commit.
 */
@ApplicationScoped
public class MailboxDirectory {

    @Inject
    Directory extensions;

    @Inject
    VoicemailSettings settings;

    private final Map<String, BoxSettings> stored = new ConcurrentHashMap<>();

    void load(Collection<BoxSettings> all) {
        stored.clear();
        all.forEach(b -> stored.put(b.number(), b));
    }

    /** The box a call may leave a message in under {@code number}: an extension's (if on) or a shared box (if on). */
    public Optional<BoxSettings> takingMessages(String number) {
        return box(number).filter(BoxSettings::enabled);
    }

    /** The box of this number, on or off: a shared box, or the box of an existing extension. */
    public Optional<BoxSettings> box(String number) {
        BoxSettings s = stored.get(number);
        if (s != null) {
            return Optional.of(s);
        }
        return extensions.extension(number).map(e -> new BoxSettings(e.number(), MailboxKind.EXTENSION,
                e.displayName(), settings.extensionBoxesOnByDefault(), List.of(), Optional.empty()));
    }

    /** The shared boxes. */
    public List<BoxSettings> shared() {
        return stored.values().stream().filter(b -> b.kind() == MailboxKind.SHARED).toList();
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxSaved saved) {
        saved.settings().ifPresentOrElse(s -> stored.put(saved.number(), s), () -> stored.remove(saved.number()));
    }

    void onExtensionRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtensionRemoved removed) {
        BoxSettings s = stored.get(removed.number());
        if (s != null && s.kind() == MailboxKind.EXTENSION) {
            stored.remove(removed.number());
        }
    }
}
