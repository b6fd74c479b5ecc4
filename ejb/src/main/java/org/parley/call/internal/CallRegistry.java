package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.call.Call;
import org.parley.call.CallHop;
import org.parley.call.CallSteerer;
import org.parley.call.CallerLeg;
import org.parley.call.SessionDescription;

/** The calls in progress, by call id and by leg id. A call leaves it, with all its legs, when it ends. */
@ApplicationScoped
public class CallRegistry {

    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final Map<String, Call> byLeg = new ConcurrentHashMap<>();
    private final Map<String, CallerLeg> callers = new ConcurrentHashMap<>();
    private final Map<String, DestinationPlan> destinations = new ConcurrentHashMap<>();
    private final Map<String, CallerInput> callerInputs = new ConcurrentHashMap<>();
    private final Map<String, CallSteerer> steerers = new ConcurrentHashMap<>();
    private final Map<String, String> forwardsAfterRinging = new ConcurrentHashMap<>();
    private final Map<String, List<CallHop>> forwardHistories = new ConcurrentHashMap<>();

    /** What the caller's INVITE brought, for legs opened later (a steered call's). */
    private record CallerInput(SessionDescription offer, int maxForwards) {
    }

    void add(Call call) {
        calls.put(call.id(), call);
    }

    /** Files a leg under its call; before the leg is dialled, so no event about it can miss its call. */
    void fileLeg(String legId, Call call) {
        byLeg.put(legId, call);
    }

    void fileCaller(Call call, CallerLeg caller, SessionDescription offer, int maxForwards) {
        callers.put(call.id(), caller);
        callerInputs.put(call.id(), new CallerInput(offer, maxForwards));
        fileLeg(caller.legId(), call);
    }

    /** The caller's session offer (none for a late offer). */
    SessionDescription callerOffer(String callId) {
        CallerInput input = callerInputs.get(callId);
        return input == null ? SessionDescription.none() : input.offer();
    }

    /** Max-Forwards for legs the call opens: the caller's, less one. */
    int callerMaxForwards(String callId) {
        CallerInput input = callerInputs.get(callId);
        return input == null ? 70 : Math.max(0, input.maxForwards() - 1);
    }

    void steer(String callId, CallSteerer steerer) {
        steerers.put(callId, steerer);
    }

    void unsteer(String callId) {
        steerers.remove(callId);
    }

    Optional<CallSteerer> steerer(String callId) {
        return Optional.ofNullable(steerers.get(callId));
    }

    /** The extension whose busy, no-answer or unavailable rule decides once what rings for the call has failed. */
    void forwardAfterRinging(String callId, String extension) {
        forwardsAfterRinging.put(callId, extension);
    }

    /**
     * Like {@link #forwardAfterRinging(String, String)} for a transfer's target, with the forwards the transfer took
     * so far (not yet in the call's history, where they go once it is done): loops and depth are counted on them.
     */
    void forwardAfterRinging(String callId, String extension, List<CallHop> history) {
        forwardsAfterRinging.put(callId, extension);
        forwardHistories.put(callId, List.copyOf(history));
    }

    /** The forwards a transfer took so far, when its target is watched by forwarding. */
    Optional<List<CallHop>> forwardHistory(String callId) {
        return Optional.ofNullable(forwardHistories.get(callId));
    }

    Optional<String> forwardsAfterRinging(String callId) {
        return Optional.ofNullable(forwardsAfterRinging.get(callId));
    }

    void forgetForwardAfterRinging(String callId) {
        forwardsAfterRinging.remove(callId);
        forwardHistories.remove(callId);
    }

    /** Click-to-dial: whom to ring once the origin answers. */
    void planDestination(String callId, DestinationPlan plan) {
        destinations.put(callId, plan);
    }

    Optional<DestinationPlan> destinationPlan(String callId) {
        return Optional.ofNullable(destinations.get(callId));
    }

    Optional<Call> byId(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    Optional<Call> byLeg(String legId) {
        return Optional.ofNullable(byLeg.get(legId));
    }

    Optional<CallerLeg> caller(String callId) {
        return Optional.ofNullable(callers.get(callId));
    }

    /** Forgets a call that ended, with its legs (late events about them are then ignored). */
    void remove(Call call) {
        calls.remove(call.id());
        callers.remove(call.id());
        destinations.remove(call.id());
        callerInputs.remove(call.id());
        steerers.remove(call.id());
        forwardsAfterRinging.remove(call.id());
        forwardHistories.remove(call.id());
        call.legs().forEach(l -> byLeg.remove(l.id(), call));
    }

    /** Forgets one leg of a call that never got dialled. */
    void forgetLeg(String legId) {
        byLeg.remove(legId);
    }

    List<Call> all() {
        return calls.values().stream().sorted(Comparator.comparing(Call::createdAt)).toList();
    }

    int size() {
        return calls.size();
    }

    /** Legs filed; for leak checks. */
    int legCount() {
        return byLeg.size();
    }
}
