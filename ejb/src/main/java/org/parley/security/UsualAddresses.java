package org.parley.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client addresses each user signed in from successfully, most recent last, in memory: a user's usual addresses
 * are spared the lockout that other addresses' guesses bring on their user name (OWASP's advice: an attacker should
 * not be able to lock a user out from where they work). At most {@code addressesPerUser} per user and
 * {@code capacity} users are kept; the least recently seen go first. Thread-safe.
 */
public final class UsualAddresses {

    private final int capacity;
    private final int addressesPerUser;
    /** Access order: the user who signed in longest ago is first. */
    private final LinkedHashMap<String, Deque<String>> byUser;

    public UsualAddresses(int capacity, int addressesPerUser) {
        if (capacity < 1 || addressesPerUser < 1) {
            throw new IllegalArgumentException("capacity and addressesPerUser must be at least 1");
        }
        this.capacity = capacity;
        this.addressesPerUser = addressesPerUser;
        this.byUser = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<String>> eldest) {
                return size() > UsualAddresses.this.capacity;
            }
        };
    }

    /** {@code user} signed in from {@code address}. */
    public synchronized void signedIn(String user, String address) {
        Objects.requireNonNull(address, "address");
        Deque<String> addresses = byUser.computeIfAbsent(Objects.requireNonNull(user, "user"),
                u -> new ArrayDeque<>());
        addresses.remove(address);
        addresses.addLast(address);
        if (addresses.size() > addressesPerUser) {
            Iterator<String> oldest = addresses.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** Whether {@code user} has signed in from {@code address} before (and it is still remembered). */
    public synchronized boolean isUsual(String user, String address) {
        Deque<String> addresses = byUser.get(user);
        return addresses != null && addresses.contains(address);
    }
}
