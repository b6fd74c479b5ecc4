package org.parley.registrar.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.parley.directory.ExtensionRemoved;
import org.parley.directory.SipSecrets;
import org.parley.platform.config.SipDomain;
import org.parley.registrar.AorBindings;
import org.parley.registrar.AuthResult;
import org.parley.registrar.DigestCredentials;
import org.parley.registrar.Binding;
import org.parley.registrar.BindingNotFoundException;
import org.parley.registrar.BindingRepository;
import org.parley.registrar.BindingTable;
import org.parley.registrar.DigestAuthenticator;
import org.parley.registrar.InMemoryBindingTable;
import org.parley.registrar.Nonces;
import org.parley.registrar.PhoneCredentials;
import org.parley.registrar.RegisterOutcome;
import org.parley.registrar.RegisterProcessor;
import org.parley.registrar.RegisterRequest;
import org.parley.registrar.Registrar;
import org.parley.registrar.RegistrationView;
import org.parley.registrar.Registrations;

/**
 * The registrar: bindings in memory ({@link InMemoryBindingTable}), written behind to the database, credentials
 * read from the directory's in-memory cache. Nothing on the REGISTER path waits on the database.
 */
@ApplicationScoped
public class RegistrarService implements Registrar, Registrations {

    private static final Logger LOG = Logger.getLogger(RegistrarService.class.getName());

    @Inject
    SipSecrets secrets;

    @Inject
    SipDomain domain;

    @Inject
    RegistrarSettings settings;

    @Inject
    BindingRepository repository;

    @Inject
    Clock clock;

    @Inject
    PhoneCredentials phoneCredentials;

    private InMemoryBindingTable table;
    private BindingWriteBehind writeBehind;
    private final SourceIndex sources = new SourceIndex();
    private DigestAuthenticator authenticator;
    private Nonces nonces;
    private RegisterProcessor processor;
    private volatile boolean ready;

    @PostConstruct
    void init() {
        writeBehind = new BindingWriteBehind(repository, clock);
        table = new InMemoryBindingTable(aor -> {
            writeBehind.changed(aor);
            sources.changed(aor);
        });
        writeBehind.attach(table);
        sources.attach(table);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        nonces = new Nonces(key, settings.nonceTtl(), clock);
        authenticator = new DigestAuthenticator(domain.realm(), settings.algorithms(), nonces,
                secrets::of, phoneCredentials::secrets);
        processor = new RegisterProcessor(new LocalDomains(domain.name()), authenticator, settings.policy(), table,
                clock);
    }

    /** Puts the stored bindings back in memory; REGISTER is served from then on. */
    void restore(Map<String, AorBindings> stored) {
        Instant now = clock.instant();
        int[] count = {0};
        stored.forEach((aor, bindings) -> {
            AorBindings live = bindings.withoutExpired(now);
            count[0] += live.size();
            table.restore(aor, live);
            sources.changed(aor);
            if (live.size() != bindings.size()) {
                writeBehind.changed(aor); // lapsed while Parley was down: delete the rows
            }
        });
        writeBehind.flush();
        ready = true;
        LOG.info(() -> "Registrar: " + count[0] + " bindings restored, policy " + settings.policy()
                + ", digest " + settings.algorithms());
    }

    @Override
    public RegisterOutcome register(RegisterRequest request) {
        RegisterOutcome outcome = processor.process(request);
        if (outcome instanceof RegisterOutcome.Refused refused) {
            LOG.info(() -> "REGISTER for " + request.aorUser() + "@" + request.aorHost() + " from "
                    + request.source() + " refused: " + refused.refusal().reason());
        } else if (outcome instanceof RegisterOutcome.Registered registered) {
            LOG.fine(() -> "Extension " + registered.aor() + " has " + registered.bindings().size()
                    + " contacts after REGISTER from " + request.source());
        }
        return outcome;
    }

    @Override
    public AuthResult authenticate(String method, List<DigestCredentials> credentials, String username,
                                   String transport) {
        return authenticator.authenticate(method, credentials, username, PhoneCredentials.isWebSocket(transport));
    }

    /** Drops lapsed bindings and forgotten nonces; run every second. */
    void sweep() {
        Instant now = clock.instant();
        for (String aor : table.removeExpired(now)) {
            LOG.info(() -> "Registration of extension " + aor + " expired");
        }
        nonces.forgetExpired();
    }

    /** Writes changed bindings to the database; run every few tens of milliseconds and at shutdown. */
    int flush() {
        return writeBehind.flush();
    }

    void onExtensionRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtensionRemoved event) {
        table.update(event.number(), current -> BindingTable.Update.store(AorBindings.empty(), null));
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public List<RegistrationView> list(Optional<String> extension) {
        Stream<Map.Entry<String, AorBindings>> entries = extension
                .map(e -> Stream.of(Map.entry(e, table.get(e))))
                .orElseGet(() -> table.snapshot().entrySet().stream());
        Instant now = clock.instant();
        return entries
                .flatMap(e -> e.getValue().withoutExpired(now).bindings().stream().map(b -> view(e.getKey(), b)))
                .sorted(Comparator.comparing(RegistrationView::extension).thenComparing(RegistrationView::contact))
                .toList();
    }

    @Override
    public boolean hasBindingFrom(String host) {
        return sources.contains(host);
    }

    @Override
    public int count() {
        return table.snapshot().values().stream().mapToInt(AorBindings::size).sum();
    }

    @Override
    public void remove(String extension, String contact) {
        Instant now = clock.instant();
        boolean removed = table.update(extension, current -> {
            AorBindings live = current.withoutExpired(now);
            List<Binding> kept = live.bindings().stream().filter(b -> !b.address().text().equals(contact)).toList();
            return kept.size() == live.size()
                    ? BindingTable.Update.keep(false)
                    : BindingTable.Update.store(new AorBindings(kept), true);
        });
        if (!removed) {
            throw new BindingNotFoundException(extension, contact);
        }
        LOG.info(() -> "Registration of extension " + extension + " at " + contact + " removed");
    }

    private static RegistrationView view(String aor, Binding b) {
        return new RegistrationView(aor, b.address().text(), b.transport(), b.source(), b.userAgent(),
                b.registeredAt(), b.expiresAt());
    }
}
