package org.parley.sipconnector.jain;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.ServerTransaction;
import javax.sip.Transaction;

/**
 * The server transactions handed to the application, by the opaque key it answers them with. An entry leaves when
 * its non-INVITE transaction got its final response, or when JAIN-SIP reports the transaction terminated or timed
 * out, so the registry holds no more than the stack's own transaction table.
 */
final class ServerTransactions {

    /** Distinguishes this run's keys from a previous run's: a stale key never names a new transaction. */
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentMap<String, InboundTransaction> byKey = new ConcurrentHashMap<>();

    /** Registers a new server transaction; {@code localTag} is empty when the request's To already has a tag. */
    InboundTransaction register(ServerTransaction transaction, String method, String localTag) {
        return register(transaction, method, localTag, "");
    }

    /** Registers a new server transaction of the leg {@code legId} (empty for none). */
    InboundTransaction register(ServerTransaction transaction, String method, String localTag, String legId) {
        String key = nextKey("t");
        InboundTransaction entry = new InboundTransaction(key, transaction, method, localTag, legId);
        transaction.setApplicationData(key);
        byKey.put(key, entry);
        return entry;
    }

    /** A key for a request that has no transaction (an ACK); it names nothing in the registry. */
    String keyWithoutTransaction() {
        return nextKey("a");
    }

    private String nextKey(String kind) {
        return run + '-' + kind + Long.toString(sequence.incrementAndGet(), 36);
    }

    Optional<InboundTransaction> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    void remove(String key) {
        byKey.remove(key);
    }

    /** Takes a transaction out as its final response goes out; false when another answer took it first. */
    boolean close(InboundTransaction transaction) {
        return byKey.remove(transaction.key(), transaction);
    }

    /** Puts back a transaction whose final response could not be sent, so the application may answer again. */
    void reopen(InboundTransaction transaction) {
        byKey.putIfAbsent(transaction.key(), transaction);
    }

    /** Forgets the entry of a transaction JAIN-SIP terminated or timed out, if it has one. */
    void forget(Transaction transaction) {
        if (transaction != null && transaction.getApplicationData() instanceof String key) {
            byKey.remove(key);
        }
    }

    int size() {
        return byKey.size();
    }
}
