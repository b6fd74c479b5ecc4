package org.parley.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.agent.Scheduler;
import org.parley.call.CallMedia;
import org.parley.call.CallSteering;
import org.parley.queue.CallerAudio;
import org.parley.registrar.MutableClock;

/**
 * The schedule of what a waiting caller hears: entry announcement, music, position and estimated wait every
 * {@code announceFrequency} (the first at once), music again after each announcement, ringback while an agent rings
 * when asked, nothing more once connected.
 */
class CallerSoundsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    /** What was played, as "method args". */
    private final List<String> played = new ArrayList<>();
    /** Pending timers: their delays and tasks. */
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private int position = 1;

    private CallerSounds sounds(CallerAudio audio) {
        CallSteering steering = (CallSteering) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CallSteering.class}, (p, m, args) -> {
                    if (m.getName().equals("anchor")) {
                        return Optional.of("ep-" + args[0]);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        CallMedia media = (CallMedia) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CallMedia.class}, (p, m, args) -> {
                    if (Arrays.asList(args).toString().contains("deleted-sound")) {
                        throw new IllegalStateException("no sound deleted-sound");
                    }
                    played.add(m.getName() + " " + Arrays.asList(args));
                    return null;
                });
        Scheduler scheduler = (delay, task) -> {
            delays.add(delay);
            timers.add(task);
            return () -> timers.remove(task);
        };
        QueuePorts ports = new QueuePorts(steering, media, null, scheduler, null, null, null, null, null, clock, n -> 0);
        return new CallerSounds(ports, Runnable::run, () -> audio, callId -> position);
    }

    private static CallerAudio audio(Optional<String> announcement, int frequency, CallerAudio.RingingMode mode) {
        return new CallerAudio("jazz", announcement, true, true, Duration.ofSeconds(frequency), mode);
    }

    private void fireTimer() {
        Runnable task = timers.remove(0);
        task.run();
    }

    @Test
    void musicThenPositionEveryFrequencyThenMusicAgain() {
        CallerSounds sounds = sounds(audio(Optional.empty(), 30, CallerAudio.RingingMode.MUSIC));
        sounds.entered(new QueueEntry("c1", "2002", T0, 1));
        // Asterisk says the position at once, then every announce-frequency
        assertEquals(List.of("playMusic [ep-c1, jazz]", "play [ep-c1, [you-are-caller-number, digit-1], false]"),
                played);
        assertEquals(List.of(Duration.ofSeconds(30)), delays);
        sounds.playbackFinished("ep-c1", false);
        assertEquals("playMusic [ep-c1, jazz]", played.get(2));

        clock.advance(Duration.ofSeconds(30));
        position = 2; // cannot happen in a real queue, but shows the position is read anew each time
        fireTimer();
        assertEquals("play [ep-c1, [you-are-caller-number, digit-2], false]", played.get(3));
        assertEquals(2, delays.size());
        sounds.playbackFinished("ep-c1", true); // the music replaced by the announcement: nothing to do
        assertEquals(4, played.size());
        sounds.playbackFinished("ep-c1", false);
        assertEquals("playMusic [ep-c1, jazz]", played.get(4));
    }

    @Test
    void entryAnnouncementFirstAndTheEstimateOnceCallersWereConnected() {
        CallerSounds sounds = sounds(audio(Optional.of("welcome"), 60, CallerAudio.RingingMode.MUSIC));
        sounds.entered(new QueueEntry("c0", "2003", T0, 1));
        sounds.connected("c0", Duration.ofSeconds(400)); // average hold time (0 * 3 + 400) / 4 = 100 s
        played.clear();
        timers.clear();

        sounds.entered(new QueueEntry("c1", "2002", T0, 1));
        // the entry announcement plays; the position waits for it (one sound at a time)
        assertEquals(List.of("play [ep-c1, [welcome], false]"), played);
        sounds.playbackFinished("ep-c1", false);
        clock.advance(Duration.ofSeconds(60));
        fireTimer();
        // (100 + 30 - 60) / 60 = 1 minute
        assertEquals(List.of("play [ep-c1, [welcome], false]", "playMusic [ep-c1, jazz]",
                "play [ep-c1, [you-are-caller-number, digit-1, estimated-wait-is, digit-1, minute], false]"), played);
    }

    @Test
    void ringbackWhileAnAgentRingsWhenAskedAndNothingOnceConnected() {
        CallerSounds sounds = sounds(audio(Optional.empty(), 0, CallerAudio.RingingMode.RINGBACK));
        sounds.entered(new QueueEntry("c1", "2002", T0, 1));
        sounds.ringing("c1");
        sounds.ringEnded("c1");
        sounds.ringing("c1");
        sounds.connected("c1", Duration.ofSeconds(5));
        sounds.playbackFinished("ep-c1", false);
        assertEquals(List.of("playMusic [ep-c1, jazz]", "play [ep-c1, [ringback], true]", "playMusic [ep-c1, jazz]",
                "play [ep-c1, [ringback], true]", "stop [ep-c1]"), played);
        assertEquals(List.of(), delays, "announceFrequency 0: nothing announced");
    }

    @Test
    void anAnnouncementThatCannotBePlayedGivesWayToTheMusic() {
        CallerSounds sounds = sounds(audio(Optional.of("deleted-sound"), 0, CallerAudio.RingingMode.MUSIC));
        sounds.entered(new QueueEntry("c1", "2002", T0, 1));
        assertEquals(List.of("playMusic [ep-c1, jazz]"), played);
    }

    @Test
    void musicGoesOnWhileAnAgentRingsByDefaultAndRingbackWhileTheFallbackRings() {
        CallerSounds sounds = sounds(audio(Optional.empty(), 0, CallerAudio.RingingMode.MUSIC));
        sounds.entered(new QueueEntry("c1", "2002", T0, 1));
        sounds.ringing("c1");
        sounds.ringEnded("c1");
        sounds.sentAway("c1");
        assertEquals(List.of("playMusic [ep-c1, jazz]", "play [ep-c1, [ringback], true]"), played);
    }
}
