package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipAuth;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SipTarget;
import org.parley.trunk.TrunkRegistration;
import org.parley.trunk.TrunkRegistrationState;
import org.parley.trunk.TrunkRegistrationStatus;
import org.parley.trunk.TrunkRemoved;
import org.parley.trunk.TrunkSaved;
import org.parley.trunk.TrunkView;
import org.parley.trunk.Trunks;

/**
 * Keeps Parley registered at the carriers of the trunks that ask for it: the connector sends the REGISTERs, refreshes
 * and retries them; this bean starts and stops them as trunks change, and keeps how each stands from the connector's
 * {@link RegistrationEvent}s.
 */
@ApplicationScoped
public class TrunkRegistrations implements TrunkRegistrationStatus {

    private static final Logger LOG = Logger.getLogger(TrunkRegistrations.class.getName());

    @Inject
    SipResponder responder;

    @Inject
    Trunks trunks;

    @Inject
    Clock clock;

    private final Map<String, TrunkRegistration> states = new ConcurrentHashMap<>();

    /** Starts the registration of every trunk that asks for one; called once the trunks are loaded. */
    public void registerAll() {
        trunks.all().stream().filter(TrunkView::registers).forEach(this::register);
    }

    @Override
    public Optional<TrunkRegistration> of(String trunkName) {
        return Optional.ofNullable(states.get(trunkName));
    }

    /** Records what the connector reports about a registration of a trunk; other keys are not Parley's trunks. */
    public void onEvent(RegistrationEvent event) {
        TrunkRegistrationState state = event.registered() ? TrunkRegistrationState.REGISTERED
                : TrunkRegistrationState.FAILED;
        Instant now = clock.instant();
        TrunkRegistration[] before = new TrunkRegistration[1];
        TrunkRegistration after = states.computeIfPresent(event.key(), (key, previous) -> {
            before[0] = previous;
            return new TrunkRegistration(state, OptionalInt.of(event.statusCode()),
                    Optional.ofNullable(event.reasonPhrase()), previous.state() == state ? previous.since() : now);
        });
        if (after == null) {
            LOG.fine(() -> "Registration event for " + event.key() + " ignored: no trunk registers under that key");
        } else if (before[0].state() != state) {
            LOG.log(state == TrunkRegistrationState.REGISTERED ? Level.INFO : Level.WARNING,
                    "Trunk {0} registration {1}: {2} {3}", new Object[] {event.key(), state, event.statusCode(),
                            event.reasonPhrase()});
        }
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrunkSaved event) {
        TrunkView trunk = event.trunk();
        if (trunk.registers()) {
            register(trunk);
        } else {
            stop(trunk.name());
        }
    }

    void onRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrunkRemoved event) {
        stop(event.name());
    }

    private void register(TrunkView trunk) {
        String username = trunk.username().orElseThrow();
        OutboundRegistration registration = new OutboundRegistration(trunk.name(),
                "sip:" + trunk.uriHost() + ":" + trunk.port(),
                "sip:" + username + "@" + trunk.uriHost(),
                Optional.of(new SipTarget(trunk.transport(), trunk.host(), trunk.port())),
                trunk.registerExpires(),
                Optional.of(new SipAuth(username, trunk.password().orElseThrow())));
        // pending before asking, so that an answer arriving at once finds its entry
        states.put(trunk.name(), new TrunkRegistration(TrunkRegistrationState.PENDING, OptionalInt.empty(),
                Optional.empty(), clock.instant()));
        try {
            responder.withConnection(connection -> {
                connection.register(registration);
                return null;
            });
            LOG.log(Level.INFO, "Trunk {0}: registering as {1} every {2} s", new Object[] {trunk.name(),
                    registration.aor(), trunk.registerExpires()});
        } catch (SipSendException | SipResponder.SipUnavailable e) {
            states.put(trunk.name(), new TrunkRegistration(TrunkRegistrationState.UNAVAILABLE, OptionalInt.empty(),
                    Optional.ofNullable(e.getMessage()), clock.instant()));
            LOG.log(Level.WARNING, "Trunk {0}: the SIP connector did not start its registration: {1}",
                    new Object[] {trunk.name(), e.getMessage()});
        }
    }

    /** Forgets a trunk's registration, asking the connector to end it when it had started it. */
    private void stop(String name) {
        TrunkRegistration previous = states.remove(name);
        if (previous == null || previous.state() == TrunkRegistrationState.UNAVAILABLE) {
            return;
        }
        try {
            responder.withConnection(connection -> {
                connection.unregister(name);
                return null;
            });
            LOG.log(Level.INFO, "Trunk {0}: registration stopped", name);
        } catch (SipSendException | SipResponder.SipUnavailable e) {
            LOG.log(Level.WARNING, "Trunk {0}: the SIP connector did not stop its registration: {1}",
                    new Object[] {name, e.getMessage()});
        }
    }
}
