package org.parley.registrar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a REGISTER changes the bindings of its address of record: RFC 3261 §10.3 steps 6 to 8, all or nothing.
 * <ol>
 *   <li>Bindings lapsed at {@code now} are dropped first; they count for nothing.</li>
 *   <li>{@code Contact: *} (step 6) is valid only alone and with {@code Expires: 0}, else
 *       {@link Refusal#INVALID_WILDCARD}. It removes every binding, unless one has the request's Call-ID and a
 *       CSeq not lower than the request's: then {@link Refusal#OUT_OF_ORDER}.</li>
 *   <li>No contact and no wildcard is a query: the current bindings, unchanged.</li>
 *   <li>Each contact's lifetime (step 7) is its {@code expires} parameter, else the Expires header, else the
 *       policy default. Zero removes the contact. A non-zero lifetime below the minimum makes the whole request
 *       {@link BindingResult.TooBrief}; one above the maximum is shortened to the maximum. Lifetimes are checked
 *       for every contact before any CSeq check.</li>
 *   <li>A contact already bound (same {@linkplain ContactAddress#key() key}) with the same Call-ID and a CSeq
 *       not lower than the request's makes the request {@link Refusal#OUT_OF_ORDER}. Otherwise it is updated
 *       (lifetime, Call-ID, CSeq, transport, source, user agent, q; {@code registeredAt} kept) or removed.</li>
 *   <li>A contact not bound yet with lifetime zero needs nothing; it is not an error.</li>
 *   <li>When a contact appears twice in one request, the later one wins; both are checked against the bindings
 *       as they were before the request.</li>
 *   <li>More than {@code maxContacts} bindings afterwards: {@link Refusal#TOO_MANY_CONTACTS}.</li>
 * </ol>
 */
public final class BindingRules {

    private BindingRules() {
    }

    public static BindingResult apply(AorBindings current, RegisterRequest request, RegistrationPolicy policy,
                                      Instant now) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        AorBindings live = current.withoutExpired(now);
        if (request.wildcard()) {
            return removeAll(live, request);
        }
        if (request.isQuery()) {
            return new BindingResult.Changed(live);
        }
        List<Integer> lifetimes = new ArrayList<>();
        for (ContactRequest contact : request.contacts()) {
            int lifetime = requestedLifetime(contact, request, policy);
            if (lifetime > 0 && lifetime < policy.minExpires()) {
                return new BindingResult.TooBrief(policy.minExpires());
            }
            lifetimes.add(Math.min(lifetime, policy.maxExpires()));
        }
        Map<String, Binding> after = new LinkedHashMap<>();
        live.bindings().forEach(binding -> after.put(binding.key(), binding));
        for (int i = 0; i < request.contacts().size(); i++) {
            ContactRequest contact = request.contacts().get(i);
            String key = contact.address().key();
            Binding existing = live.find(key).orElse(null);
            if (existing != null && isOutOfOrder(existing, request)) {
                return new BindingResult.Failed(Refusal.OUT_OF_ORDER);
            }
            int lifetime = lifetimes.get(i);
            if (lifetime == 0) {
                after.remove(key);
            } else {
                Instant registeredAt = existing == null ? now : existing.registeredAt();
                replaceSameTab(after, contact, request);
                after.put(key, bind(contact, request, registeredAt, now.plusSeconds(lifetime)));
            }
        }
        if (after.size() > policy.maxContacts()) {
            return new BindingResult.Failed(Refusal.TOO_MANY_CONTACTS);
        }
        return new BindingResult.Changed(new AorBindings(new ArrayList<>(after.values())));
    }

    /**
     * A browser tab keeps the user part of its Contact across the WebSocket connections of its pages (the console's
     * phone widget), while the connector writes each connection's address into the host: a WebSocket REGISTER
     * replaces the tab's binding from an earlier connection instead of adding one (which could not unregister).
     */
    private static void replaceSameTab(Map<String, Binding> after, ContactRequest contact, RegisterRequest request) {
        if (!PhoneCredentials.isWebSocket(request.transport())) {
            return;
        }
        String user = contact.address().user();
        if (user == null || user.isEmpty()) {
            return;
        }
        after.values().removeIf(b -> PhoneCredentials.isWebSocket(b.transport()) && user.equals(b.address().user())
                && !b.key().equals(contact.address().key()));
    }

    private static BindingResult removeAll(AorBindings live, RegisterRequest request) {
        boolean expiresZero = request.expiresHeader().isPresent() && request.expiresHeader().getAsInt() == 0;
        if (!request.contacts().isEmpty() || !expiresZero) {
            return new BindingResult.Failed(Refusal.INVALID_WILDCARD);
        }
        if (live.bindings().stream().anyMatch(binding -> isOutOfOrder(binding, request))) {
            return new BindingResult.Failed(Refusal.OUT_OF_ORDER);
        }
        return new BindingResult.Changed(AorBindings.empty());
    }

    /** Same Call-ID and a CSeq not higher than the stored one: a retransmission or a reordered request. */
    private static boolean isOutOfOrder(Binding existing, RegisterRequest request) {
        return existing.callId().equals(request.callId()) && request.cseq() <= existing.cseq();
    }

    private static int requestedLifetime(ContactRequest contact, RegisterRequest request, RegistrationPolicy policy) {
        if (contact.expires().isPresent()) {
            return contact.expires().getAsInt();
        }
        if (request.expiresHeader().isPresent()) {
            return request.expiresHeader().getAsInt();
        }
        return policy.defaultExpires();
    }

    private static Binding bind(ContactRequest contact, RegisterRequest request, Instant registeredAt,
                                Instant expiresAt) {
        return new Binding(contact.address(), contact.q(), request.callId(), request.cseq(), request.transport(),
                request.source(), request.userAgent(), registeredAt, expiresAt);
    }
}
