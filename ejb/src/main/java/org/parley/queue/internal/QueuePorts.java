package org.parley.queue.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.parley.agent.AgentPool;
import org.parley.agent.Scheduler;
import org.parley.call.CallMedia;
import org.parley.call.CallSteering;
import org.parley.call.Destination;
import org.parley.call.Party;
import org.parley.queue.FallbackTarget;
import org.parley.queue.QueueEventView;

/**
 * What a live queue works with: call steering, the agents, timers, the devices and names of extensions, the event
 * log, the meter, the clock and randomness. The container provides them; tests give fakes.
 *
 * @param steering  rings agents for a call, gives up, diverts, anchors a caller on the media engine
 * @param media     plays to anchored callers
 * @param agents    the live agents
 * @param scheduler runs timeouts (they come back through the queue's lane)
 * @param devices   the registered devices of an extension
 * @param parties   an extension as a party (number and display name)
 * @param fallbacks what a queue's fallback number is (an extension …)
 * @param log       the queue event log
 * @param meter     timings for {@code /metrics}
 * @param clock     time
 * @param random    picks an index in 0..n-1
 */
record QueuePorts(CallSteering steering, CallMedia media, AgentPool agents, Scheduler scheduler,
        Function<String, List<Destination>> devices, Function<String, Party> parties,
        Function<String, Optional<FallbackTarget>> fallbacks, Consumer<QueueEventView> log,
        QueueMeter meter, Clock clock, IntUnaryOperator random) {
}
