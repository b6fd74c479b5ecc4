package org.parley.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agent.Scheduler;
import org.parley.call.CallMedia;
import org.parley.media.Prompts;
import org.parley.queue.CallerAudio;
import org.parley.queue.QueueCallback;

/**
 * What a queue's waiting callers hear, on the engine endpoint call steering anchors for each ({@link CallerAudio}):
 * the entry announcement, then the queue's music; every {@code announceFrequency} (the first at once) their position
 * and estimated wait ({@link PositionAnnouncement}), then music again; a ringback tone instead of music while an agent
 * rings when the queue says so. Callers whose call cannot be anchored (no offer, no common codec) hear ringing as
 * before. Changed only on the queue's lane; the endpoints are closed by call control when the call ends.
 */
final class CallerSounds {

    private static final Logger LOG = Logger.getLogger(CallerSounds.class.getName());

    private final QueuePorts ports;
    private final Consumer<Runnable> lane;
    private final Supplier<CallerAudio> audio;
    private final ToIntFunction<String> position;
    private final Supplier<QueueCallback> callback;
    private final HoldTimeAverage holdTime = new HoldTimeAverage();
    private final Map<String, Listener> listeners = new HashMap<>();

    /** What one waiting caller is hearing. */
    private enum Playing {
        /** A sound played once (the entry announcement, position and wait): music follows when it ends. */
        ANNOUNCEMENT,
        /** The queue's music, looping. */
        MUSIC,
        /** The ringback tone, looping. */
        RINGBACK
    }

    /** One waiting caller's endpoint, what plays there, whether an agent rings, and the next announcement. */
    private static final class Listener {
        private final String callId;
        private final String endpoint;
        private final Instant enteredAt;
        private Playing playing;
        private boolean ringing;
        private Scheduler.Scheduled nextAnnouncement;
        private Scheduler.Scheduled callbackOffer;

        Listener(String callId, String endpoint, Instant enteredAt) {
            this.callId = callId;
            this.endpoint = endpoint;
            this.enteredAt = enteredAt;
        }

        void cancel() {
            if (nextAnnouncement != null) {
                nextAnnouncement.cancel();
            }
            if (callbackOffer != null) {
                callbackOffer.cancel();
            }
        }
    }

    /**
     * @param ports    the queue's ports (steering anchors the caller, media plays)
     * @param lane     the queue's lane (timers come back through it)
     * @param audio    the queue's caller audio settings as they are now
     * @param position a waiting caller's position now
     */
    CallerSounds(QueuePorts ports, Consumer<Runnable> lane, Supplier<CallerAudio> audio,
            ToIntFunction<String> position) {
        this(ports, lane, audio, position, () -> QueueCallback.OFF);
    }

    /** @param callback the queue's callback offer as it is now (offered after its delay, then with announcements) */
    CallerSounds(QueuePorts ports, Consumer<Runnable> lane, Supplier<CallerAudio> audio,
            ToIntFunction<String> position, Supplier<QueueCallback> callback) {
        this.ports = ports;
        this.lane = lane;
        this.audio = audio;
        this.position = position;
        this.callback = callback;
    }

    /** A caller entered: anchored on the engine, they hear the entry announcement or the music. */
    void entered(QueueEntry entry) {
        Optional<String> endpoint;
        try {
            endpoint = ports.steering().anchor(entry.callId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call {0} in queue hears ringing: the media engine could not answer it ({1})",
                    new Object[] {entry.callId, e.toString()});
            return;
        }
        if (endpoint.isEmpty()) {
            return;
        }
        Listener l = new Listener(entry.callId, endpoint.get(), entry.enteredAt);
        listeners.put(entry.callId, l);
        CallerAudio a = audio.get();
        if (a.announcement().isPresent()) {
            announce(l, List.of(a.announcement().get()));
        } else {
            background(l);
        }
        if (a.announces()) {
            announcementDue(l);
        }
        QueueCallback c = callback.get();
        if (c.enabled()) {
            l.callbackOffer = ports.scheduler().after(c.offerAfter(), () -> lane.accept(() -> offerDue(l)));
        }
    }

    /** The callback offer's delay is over: "press N to be called back" unless an announcement is playing. */
    private void offerDue(Listener l) {
        if (listeners.get(l.callId) == l && l.playing != Playing.ANNOUNCEMENT && callback.get().enabled()) {
            announce(l, offer());
        }
    }

    /** Whether a caller who entered at {@code enteredAt} has been offered the callback by now. */
    boolean offered(Instant enteredAt) {
        QueueCallback c = callback.get();
        return c.enabled() && !Duration.between(enteredAt, ports.clock().instant()).minus(c.offerAfter()).isNegative();
    }

    private List<String> offer() {
        return List.of(Prompts.PRESS, Prompts.digit(callback.get().key() - '0'), Prompts.TO_BE_CALLED_BACK);
    }

    /**
     * The caller pressed the callback key: the queue talks to them itself now. Nothing more plays (what played is
     * stopped); their endpoint, when they have one.
     */
    Optional<String> handOver(String callId) {
        Listener l = listeners.remove(callId);
        if (l == null) {
            return Optional.empty();
        }
        l.cancel();
        played(l, () -> ports.media().stop(l.endpoint), "silence");
        return Optional.of(l.endpoint);
    }

    /** Agents ring for the caller: a ringback tone replaces the music when the queue says so. */
    void ringing(String callId) {
        Listener l = listeners.get(callId);
        if (l != null) {
            l.ringing = true;
            if (l.playing == Playing.MUSIC && audio.get().ringingMode() == CallerAudio.RingingMode.RINGBACK) {
                background(l);
            }
        }
    }

    /** Nothing rings for the caller any more: music again. */
    void ringEnded(String callId) {
        Listener l = listeners.get(callId);
        if (l != null) {
            l.ringing = false;
            if (l.playing == Playing.RINGBACK) {
                background(l);
            }
        }
    }

    /**
     * An agent answered after the caller waited {@code wait}: the queue's average hold time moves, and nothing more
     * is played (call control relays the caller with the agent; what a timer may have started meanwhile is stopped).
     */
    void connected(String callId, Duration wait) {
        holdTime.connected(wait);
        Listener l = listeners.remove(callId);
        if (l != null) {
            l.cancel();
            played(l, () -> ports.media().stop(l.endpoint), "silence");
        }
    }

    /** The caller leaves for the queue's fallback, which rings: a ringback tone meanwhile. */
    void sentAway(String callId) {
        Listener l = listeners.remove(callId);
        if (l != null) {
            l.cancel();
            played(l, () -> ports.media().play(l.endpoint, List.of(Prompts.RINGBACK), true), Prompts.RINGBACK);
        }
    }

    /** The caller is gone (hung up, refused): nothing more to play. */
    void left(String callId) {
        Listener l = listeners.remove(callId);
        if (l != null) {
            l.cancel();
        }
    }

    /** A playback ended on some endpoint: after an announcement to its end, music (or ringback) again. */
    void playbackFinished(String endpointId, boolean stopped) {
        if (stopped) {
            return;
        }
        listeners.values().stream()
                .filter(l -> l.endpoint.equals(endpointId) && l.playing == Playing.ANNOUNCEMENT).findFirst()
                .ifPresent(this::background);
    }

    private void announcementDue(Listener l) {
        CallerAudio a = audio.get();
        if (!a.announces() || listeners.get(l.callId) != l) {
            return;
        }
        if (l.playing != Playing.ANNOUNCEMENT) {
            Duration waited = Duration.between(l.enteredAt, ports.clock().instant());
            List<String> prompts = new ArrayList<>(PositionAnnouncement.prompts(a, position.applyAsInt(l.callId),
                    holdTime.value(), waited));
            if (offered(l.enteredAt)) {
                prompts.addAll(offer());
            }
            if (!prompts.isEmpty()) {
                announce(l, prompts);
            }
        }
        l.nextAnnouncement = ports.scheduler().after(a.announceFrequency(),
                () -> lane.accept(() -> announcementDue(l)));
    }

    /** Plays prompts once; a sound that cannot be played (deleted meanwhile, the engine gone) is skipped for music. */
    private void announce(Listener l, List<String> prompts) {
        LOG.log(Level.FINE, "Call {0} in queue hears {1}", new Object[] {l.callId, prompts});
        if (played(l, () -> ports.media().play(l.endpoint, prompts, false), prompts.toString())) {
            l.playing = Playing.ANNOUNCEMENT;
        } else {
            background(l);
        }
    }

    private void background(Listener l) {
        if (l.ringing && audio.get().ringingMode() == CallerAudio.RingingMode.RINGBACK) {
            l.playing = Playing.RINGBACK;
            played(l, () -> ports.media().play(l.endpoint, List.of(Prompts.RINGBACK), true), Prompts.RINGBACK);
        } else {
            l.playing = Playing.MUSIC;
            played(l, () -> ports.media().playMusic(l.endpoint, audio.get().musicClass()), audio.get().musicClass());
        }
    }

    /** Runs a playback; one that fails is logged (the caller keeps waiting, hearing what played before). */
    private static boolean played(Listener l, Runnable playback, String what) {
        try {
            playback.run();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call {0} in queue: {1} could not be played ({2})",
                    new Object[] {l.callId, what, e.toString()});
            return false;
        }
    }
}
