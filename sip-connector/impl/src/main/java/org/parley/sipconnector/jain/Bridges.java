package org.parley.sipconnector.jain;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bridge table. Links are made and broken by compare-and-set on each leg's {@code bridge} reference, never under a
 * leg's monitor, so a leg ending and a bridge forming or breaking never wait for each other; a bridge whose leg is
 * over or ending is dissolved at once.
 */
final class Bridges {

    private static final Logger LOG = Logger.getLogger(Bridges.class.getName());

    private final Set<Bridge> bridges = ConcurrentHashMap.newKeySet();

    /** Bridges {@code a} with {@code b}, breaking their earlier bridges; nothing if either is over or ending. */
    void bridge(Leg a, Leg b) {
        Bridge bridge = new Bridge(a, b);
        bridges.add(bridge);
        dissolve(a.bridge.getAndSet(bridge));
        dissolve(b.bridge.getAndSet(bridge));
        // The legs' states are read after the links are set; a leg ending concurrently sets its state before it
        // reads its link (CallContext.end), so one of the two sides sees the other and the bridge cannot outlive it.
        if (a.state().isClosing() || b.state().isClosing()) {
            LOG.log(Level.FINE, "Not bridging {0} with {1}: one is over", new Object[] {a, b});
            dissolve(bridge);
        }
    }

    /** The leg's partner while it is bridged. */
    Optional<Leg> partner(Leg leg) {
        Bridge bridge = leg.bridge.get();
        if (bridge == null || bridge.dissolved()) {
            return Optional.empty();
        }
        return Optional.of(bridge.other(leg));
    }

    Optional<Bridge> of(Leg leg) {
        Bridge bridge = leg.bridge.get();
        return bridge == null || bridge.dissolved() ? Optional.empty() : Optional.of(bridge);
    }

    /** Takes the leg out of its bridge, if any; the partner stays, unbridged. */
    void unbridge(Leg leg) {
        dissolve(leg.bridge.get());
    }

    private void dissolve(Bridge bridge) {
        if (bridge == null) {
            return;
        }
        bridge.dissolve();
        bridge.a.bridge.compareAndSet(bridge, null);
        bridge.b.bridge.compareAndSet(bridge, null);
        bridges.remove(bridge);
    }

    int size() {
        return bridges.size();
    }
}
