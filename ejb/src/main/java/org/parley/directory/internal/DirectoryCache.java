package org.parley.directory.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionRemoved;
import org.parley.directory.ExtensionSaved;
import org.parley.directory.ExtensionView;
import org.parley.directory.SipSecret;
import org.parley.directory.SipSecrets;

/**
 * Every extension and its SIP credentials in memory, kept in step with committed changes: what the SIP path reads,
 * so it never waits on the database.
 */
@ApplicationScoped
public class DirectoryCache implements SipSecrets, Directory {

    private record Entry(ExtensionView extension, SipSecret secret) {
    }

    private final Map<String, Entry> byNumber = new ConcurrentHashMap<>();

    @Override
    public Optional<SipSecret> of(String number) {
        return Optional.ofNullable(byNumber.get(number)).map(Entry::secret);
    }

    @Override
    public Optional<ExtensionView> extension(String number) {
        return Optional.ofNullable(byNumber.get(number)).map(Entry::extension);
    }

    void load(Map<ExtensionView, SipSecret> all) {
        byNumber.clear();
        all.forEach((view, secret) -> byNumber.put(view.number(), new Entry(view, secret)));
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtensionSaved event) {
        byNumber.put(event.number(), new Entry(event.extension(), event.secret()));
    }

    void onRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtensionRemoved event) {
        byNumber.remove(event.number());
    }
}
