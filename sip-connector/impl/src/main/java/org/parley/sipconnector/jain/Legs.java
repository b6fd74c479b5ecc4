package org.parley.sipconnector.jain;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every leg that is not over, by id and by dialog (Call-ID and our tag, which is how requests and responses within a
 * dialog name it), plus the pending INVITEs a CANCEL may match. A leg enters when created and leaves on every path
 * that ends it ({@link CallContext#end}), so after the last call every map is empty again.
 */
final class Legs {

    /** Call-ID and our own tag: unique per dialog, since our tags are random. */
    record DialogRef(String callId, String localTag) {
    }

    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentMap<String, Leg> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<DialogRef, Leg> byDialog = new ConcurrentHashMap<>();
    private final ConcurrentMap<InviteRef, CancelTarget> pendingInvites = new ConcurrentHashMap<>();

    /** A leg id no earlier leg of this or a previous run had, nor one Parley chose for an outgoing leg. */
    String newId() {
        String id;
        do {
            id = run + "-L" + Long.toString(sequence.incrementAndGet(), 36);
        } while (byId.containsKey(id));
        return id;
    }

    /** Adds a leg; false (and nothing added) when its id is taken. */
    boolean add(Leg leg) {
        if (byId.putIfAbsent(leg.id, leg) != null) {
            return false;
        }
        byDialog.put(new DialogRef(leg.dialog.callId(), leg.dialog.localTag()), leg);
        return true;
    }

    void remove(Leg leg) {
        byId.remove(leg.id, leg);
        byDialog.remove(new DialogRef(leg.dialog.callId(), leg.dialog.localTag()), leg);
        if (leg.pendingInvite != null) {
            pendingInvites.remove(leg.pendingInvite);
            leg.pendingInvite = null;
        }
    }

    Optional<Leg> find(String legId) {
        return legId == null ? Optional.empty() : Optional.ofNullable(byId.get(legId));
    }

    /** The leg whose dialog has this Call-ID and our tag {@code localTag}. */
    Optional<Leg> inDialog(String callId, String localTag) {
        if (callId == null || localTag == null || localTag.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDialog.get(new DialogRef(callId, localTag)));
    }

    /** Registers an INVITE server transaction a CANCEL may end. */
    void pending(InviteRef ref, CancelTarget target) {
        if (ref != null) {
            pendingInvites.put(ref, target);
        }
    }

    void notPending(InviteRef ref) {
        if (ref != null) {
            pendingInvites.remove(ref);
        }
    }

    Optional<CancelTarget> cancelTarget(InviteRef ref) {
        return ref == null ? Optional.empty() : Optional.ofNullable(pendingInvites.get(ref));
    }

    int size() {
        return byId.size();
    }

    int dialogs() {
        return byDialog.size();
    }

    int pendingInvites() {
        return pendingInvites.size();
    }
}
