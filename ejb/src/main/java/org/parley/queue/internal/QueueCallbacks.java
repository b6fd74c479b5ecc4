package org.parley.queue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallLeg;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.media.Prompts;
import org.parley.queue.QueueCallback;
import org.parley.queue.QueueSettings;
import org.parley.queue.StoredCallback;

/**
 * A live queue's callbacks (docs/queues.md, "Callback"): the dialogue with a caller who pressed the callback key, the
 * virtual entry that then keeps their place in the line, and the call placed when it reaches the front (the agent
 * rung first, then the customer) with its retries. Runs on the queue's lane, on the queue's line of entries.
 */
final class QueueCallbacks {

    private static final Logger LOG = Logger.getLogger(QueueCallbacks.class.getName());
    /** What a caller hears once the callback is booked, before Parley hangs up (a final response: no answer yet). */
    private static final int HANG_UP_STATUS = 480;

    private final QueuePorts ports;
    private final CallbackPorts callbackPorts;
    private final Consumer<Runnable> lane;
    private final Supplier<QueueSettings> settings;
    private final LinkedHashMap<String, QueueEntry> entries;
    private final QueueEventWriter events;
    private final CallerSounds sounds;
    private final ToIntFunction<QueueEntry> position;
    private final Runnable serve;
    /** Callers in the dialogue, by call. */
    private final Map<String, Talk> talks = new HashMap<>();

    /** One caller's dialogue: their endpoint, the dialogue, and whether the goodbye is playing. */
    private static final class Talk {
        private final String endpoint;
        private final CallbackDialogue dialogue;
        private boolean booked;

        Talk(String endpoint, CallbackDialogue dialogue) {
            this.endpoint = endpoint;
            this.dialogue = dialogue;
        }
    }

    /** The queue's parts the callbacks work with. */
    record Line(Supplier<QueueSettings> settings, LinkedHashMap<String, QueueEntry> entries, QueueEventWriter events,
            CallerSounds sounds, ToIntFunction<QueueEntry> position, Runnable serve) {
    }

    QueueCallbacks(QueuePorts ports, CallbackPorts callbackPorts, Consumer<Runnable> lane, Line line) {
        this.ports = ports;
        this.callbackPorts = callbackPorts;
        this.lane = lane;
        this.settings = line.settings();
        this.entries = line.entries();
        this.events = line.events();
        this.sounds = line.sounds();
        this.position = line.position();
        this.serve = line.serve();
    }

    // ------------------------------------------------------------------ the dialogue

    /** A caller of the queue pressed a key: the callback key starts the dialogue, the others go to it. */
    void key(String callId, char digit) {
        Talk talk = talks.get(callId);
        if (talk != null) {
            if (!talk.booked) {
                reply(callId, talk, talk.dialogue.key(digit));
            }
            return;
        }
        QueueEntry entry = entries.get(callId);
        QueueCallback offer = settings.get().callback();
        if (entry == null || digit != offer.key() || !offer.enabled() || entry.talking()
                || !(entry.is(EntryStage.WAITING) || entry.is(EntryStage.RETRY_PAUSE))
                || !sounds.offered(entry.enteredAt)) {
            return;
        }
        Optional<String> endpoint = sounds.handOver(callId);
        if (endpoint.isEmpty()) {
            return;
        }
        entry.talking(true);
        CallbackDialogue dialogue = new CallbackDialogue(entry.caller, callbackPorts.refusal());
        Talk t = new Talk(endpoint.get(), dialogue);
        talks.put(callId, t);
        LOG.info(() -> "Queue " + settings.get().name() + ": caller " + entry.caller + " of call " + callId
                + " asks for a callback");
        say(callId, t, dialogue.opening());
    }

    private void reply(String callId, Talk talk, CallbackDialogue.Reply reply) {
        if (reply instanceof CallbackDialogue.Say s && !s.prompts().isEmpty()) {
            say(callId, talk, s.prompts());
        } else if (reply instanceof CallbackDialogue.Confirmed c) {
            book(callId, talk, c.number());
        }
    }

    /** The number is confirmed: a virtual entry takes the caller's place, CALLBACKREQUEST; goodbye, then hang up. */
    private void book(String callId, Talk talk, String number) {
        QueueEntry caller = entries.get(callId);
        if (caller == null) {
            return;
        }
        talk.booked = true;
        Instant now = ports.clock().instant();
        PendingCallback cb = new PendingCallback("callback-" + UUID.randomUUID(), callId, number);
        QueueEntry virtual = caller.virtualFor(cb);
        int at = position.applyAsInt(caller);
        replace(caller, virtual);
        caller.cancelTimers();
        cb.move(CallbackStage.Trigger.QUEUED);
        store(virtual);
        ports.agents().release(callId);
        events.callbackRequest(virtual, callId, at, now);
        LOG.info(() -> "Queue " + settings.get().name() + ": call " + callId + " books a callback to " + number
                + " at position " + at);
        say(callId, talk, List.of(Prompts.THANK_YOU, Prompts.GOODBYE));
        serve.run();
    }

    /** The virtual entry takes the caller's place in the line (same order). */
    private void replace(QueueEntry caller, QueueEntry virtual) {
        List<QueueEntry> line = new ArrayList<>(entries.values());
        entries.clear();
        for (QueueEntry e : line) {
            entries.put(e == caller ? virtual.callId : e.callId, e == caller ? virtual : e);
        }
    }

    private void say(String callId, Talk talk, List<String> prompts) {
        try {
            ports.media().play(talk.endpoint, prompts, false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call {0}: callback prompts {1} could not be played ({2})",
                    new Object[] {callId, prompts, e.toString()});
        }
    }

    /** A playback ended: after the goodbye of a booked callback, Parley hangs up. */
    void playbackFinished(String endpointId, boolean stopped) {
        talks.entrySet().stream().filter(t -> t.getValue().endpoint.equals(endpointId) && t.getValue().booked)
                .findFirst().filter(t -> !stopped).ifPresent(t -> {
                    talks.remove(t.getKey());
                    ports.steering().giveUp(t.getKey(), HANG_UP_STATUS);
                });
    }

    /** The caller's call ended: no dialogue any more. */
    void callEnded(String callId) {
        talks.remove(callId);
    }

    // ------------------------------------------------------------------ calling back

    /**
     * Serves a virtual entry at its turn: an agent rung for it (the call placed from them). False when it waits and
     * no agent could be rung: it holds the later callers back, as a caller does.
     */
    boolean serve(QueueEntry entry, AgentRinger ringer, List<String> connected) {
        PendingCallback cb = entry.callback().orElseThrow();
        if (!cb.is(CallbackStage.WAITING)) {
            return true;
        }
        Optional<String> agent = ringer.pickOne(settings.get(), connected, entry);
        if (agent.isEmpty()) {
            return false;
        }
        try {
            String call = callbackPorts.dialler().dial(settings.get().id(), agent.get(), cb.number);
            cb.dialled(agent.get(), call);
            LOG.info(() -> "Queue " + settings.get().name() + ": " + cb + " rings agent " + agent.get() + " (call "
                    + call + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Queue {0}: {1} could not be placed from agent {2}: {3}",
                    new Object[] {settings.get().name(), cb, agent.get(), e.getMessage()});
            entry.tried.add(agent.get());
            failed(entry, cb, "not dialled");
        }
        return true;
    }

    /** The customer answered the callback's call: CALLBACKCONNECT, the virtual entry leaves the line. */
    void answered(CallView call) {
        byCall(call.id()).ifPresent(entry -> {
            PendingCallback cb = entry.callback().orElseThrow();
            if (cb.is(CallbackStage.RINGING_AGENT)) {
                cb.move(CallbackStage.Trigger.AGENT_ANSWERED);
            }
            cb.move(CallbackStage.Trigger.CUSTOMER_ANSWERED);
            entries.remove(entry.callId);
            unstore(cb);
            events.callbackConnect(entry, call.id(), cb.agent().orElse(""), call.answeredAt()
                    .orElse(ports.clock().instant()));
            LOG.info(() -> "Queue " + settings.get().name() + ": " + cb + " connected");
            serve.run();
        });
    }

    /**
     * The callback's call ended before the customer answered: the agent did not answer (the next agent next), or the
     * customer was busy or did not answer (retried after the delay, or CALLBACKFAILED).
     */
    void ended(CallView call) {
        byCall(call.id()).ifPresent(entry -> {
            PendingCallback cb = entry.callback().orElseThrow();
            boolean agentAnswered = call.legs().stream()
                    .anyMatch(l -> l.role() == CallLeg.Role.ORIGIN && l.answeredAt().isPresent());
            if (!agentAnswered) {
                String agent = cb.agent().orElse("");
                LOG.info(() -> "Queue " + settings.get().name() + ": agent " + agent + " did not answer " + cb);
                cb.agentMissed();
                entry.tried.add(agent);
            } else {
                cb.move(CallbackStage.Trigger.AGENT_ANSWERED);
                String why = call.legs().stream().filter(l -> l.role() == CallLeg.Role.DESTINATION)
                        .map(LegView::finalStatus).flatMap(Optional::stream).map(s -> "status " + s)
                        .reduce((a, b) -> b).orElse("unanswered");
                failed(entry, cb, why);
            }
            serve.run();
        });
    }

    /** The customer could not be reached: retried after the delay while retries are left, else CALLBACKFAILED. */
    private void failed(QueueEntry entry, PendingCallback cb, String why) {
        String call = cb.callId().orElse(cb.requestedBy);
        int failures = cb.customerFailed();
        QueueCallback c = settings.get().callback();
        if (failures > c.retries()) {
            cb.move(CallbackStage.Trigger.GIVE_UP);
            entries.remove(entry.callId);
            unstore(cb);
            events.callbackFailed(entry, call, why, ports.clock().instant());
            LOG.info(() -> "Queue " + settings.get().name() + ": " + cb + " failed for good (" + why + ")");
            return;
        }
        if (cb.is(CallbackStage.WAITING)) {
            cb.move(CallbackStage.Trigger.DIAL);
            cb.move(CallbackStage.Trigger.AGENT_ANSWERED);
        }
        cb.move(CallbackStage.Trigger.CUSTOMER_FAILED);
        store(entry);
        LOG.info(() -> "Queue " + settings.get().name() + ": " + cb + " (" + why + ") retried in "
                + c.retryDelay().toSeconds() + " s");
        cb.retryTimer(ports.scheduler().after(c.retryDelay(), () -> lane.accept(() -> retryDue(entry))));
    }

    private void retryDue(QueueEntry entry) {
        PendingCallback cb = entry.callback().orElseThrow();
        if (entries.get(entry.callId) == entry && cb.can(CallbackStage.Trigger.RETRY_DUE)) {
            cb.move(CallbackStage.Trigger.RETRY_DUE);
            serve.run();
        }
    }

    /** The queue is deleted: a pending callback fails (CALLBACKFAILED). */
    void close(QueueEntry entry) {
        PendingCallback cb = entry.callback().orElseThrow();
        cb.cancelTimer();
        if (cb.can(CallbackStage.Trigger.GIVE_UP)) {
            cb.move(CallbackStage.Trigger.GIVE_UP);
            events.callbackFailed(entry, cb.callId().orElse(cb.requestedBy), "queue deleted", ports.clock().instant());
        }
        entries.remove(entry.callId);
        unstore(cb);
    }

    /** Callbacks stored before a restart take their places again, behind whoever is in the line. */
    void restore(List<StoredCallback> stored) {
        for (StoredCallback s : stored) {
            PendingCallback cb = PendingCallback.restored(s.id(), s.requestedBy(), s.number(), s.failures());
            entries.put(cb.id, QueueEntry.virtual(cb, s.enteredAt(), s.origPosition()));
        }
        if (!stored.isEmpty()) {
            LOG.info(() -> "Queue " + settings.get().name() + ": " + stored.size() + " pending callbacks restored");
            serve.run();
        }
    }

    /** Keeps the callback across a restart; a failure to store is logged, the callback goes on in memory. */
    private void store(QueueEntry virtual) {
        PendingCallback cb = virtual.callback().orElseThrow();
        try {
            callbackPorts.store().save(new StoredCallback(cb.id, settings.get().id(), cb.number, cb.requestedBy,
                    virtual.enteredAt, virtual.origPosition, cb.failures()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue {0}: {1} not stored, a restart would lose it ({2})",
                    new Object[] {settings.get().name(), cb, e.toString()});
        }
    }

    private void unstore(PendingCallback cb) {
        try {
            callbackPorts.store().remove(cb.id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue {0}: {1} over but not removed from the store ({2})",
                    new Object[] {settings.get().name(), cb, e.toString()});
        }
    }

    /** How many callbacks wait in the line now (not yet connected or failed). */
    long waiting() {
        return entries.values().stream().filter(e -> e.callback().isPresent()).count();
    }

    private Optional<QueueEntry> byCall(String callId) {
        return entries.values().stream()
                .filter(e -> e.callback().flatMap(PendingCallback::callId).filter(callId::equals).isPresent())
                .findFirst();
    }
}
