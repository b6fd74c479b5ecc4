package org.parley.sipconnector.jain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.OutboundRegistration;

/**
 * The registrations Parley keeps at other registrars (carriers, for trunks), by key. Replacing a key stops the old
 * registration first; stopping the adapter un-registers every one, waiting a short while for the answers.
 */
final class OutboundRegistrations {

    private static final Logger LOG = Logger.getLogger(OutboundRegistrations.class.getName());

    private final CallContext ctx;
    private final ConcurrentMap<String, RegistrationClient> byKey = new ConcurrentHashMap<>();

    OutboundRegistrations(CallContext ctx) {
        this.ctx = ctx;
    }

    void register(OutboundRegistration spec) {
        RegistrationClient fresh = new RegistrationClient(spec, ctx);
        RegistrationClient old = byKey.put(spec.key(), fresh);
        if (old != null) {
            old.stop();
        }
        fresh.start();
    }

    void unregister(String key) {
        RegistrationClient registration = byKey.remove(key);
        if (registration != null) {
            registration.stop();
        }
    }

    /** Un-registers everything and waits up to {@code wait} for the registrars' answers. */
    void stopAll(Duration wait) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (String key : List.copyOf(byKey.keySet())) {
            RegistrationClient registration = byKey.remove(key);
            if (registration != null) {
                done.add(registration.stop());
            }
        }
        try {
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.INFO, "Not every registrar answered the un-REGISTER within {0}", wait);
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "Un-REGISTER failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int size() {
        return byKey.size();
    }
}
