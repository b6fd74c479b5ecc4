package org.parley.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.parley.agent.AgentChanged;
import org.parley.call.CallEvent;
import org.parley.queue.QueueEventView;
import org.parley.web.agent.AgentDto;
import org.parley.web.call.CallDto;
import org.parley.web.queue.QueueEventDto;

/**
 * The live event stream behind {@code /api/events}: call, queue and agent events are queued by their observers (a
 * call's run under its lock, so they only enqueue, in order) and sent to every subscriber by one background task. A subscriber too
 * slow to keep up loses events rather than holding up calls; each event has an increasing id.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());
    private static final int QUEUE = 10_000;

    private final BlockingQueue<Outgoing> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Jsonb json = JsonbBuilder.create();
    private volatile boolean running = true;
    private Sse sse;
    private SseBroadcaster broadcaster;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(this::pump);
    }

    /** Adds a subscriber. */
    synchronized void subscribe(SseEventSink sink, Sse context) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
        }
        broadcaster.register(sink);
    }

    /** An event to send: its name and its data (a DTO). */
    private record Outgoing(String name, Object data) {
    }

    void onCall(@Observes CallEvent event) {
        enqueue(new Outgoing(event.type().eventName(), EventDto.of(event)));
    }

    /** Queue events: {@code queue.enterqueue}, {@code queue.connect} … with the event as the log shows it. */
    void onQueueEvent(@Observes QueueEventView event) {
        enqueue(new Outgoing("queue." + event.type().name().toLowerCase(Locale.ROOT), QueueEventDto.of(event)));
    }

    /** Agent events: {@code agent.changed} with the agent's state. */
    void onAgent(@Observes AgentChanged change) {
        enqueue(new Outgoing("agent.changed", AgentDto.of(change.agent())));
    }

    /** Any other event: its name on the stream and its data (a DTO); queued like the rest. */
    void publish(String name, Object data) {
        enqueue(new Outgoing(name, data));
    }

    private void enqueue(Outgoing event) {
        if (!queue.offer(event) && dropped.incrementAndGet() % 1000 == 1) {
            LOG.warning("Live event stream falls behind; events dropped so far: " + dropped.get());
        }
    }

    private void pump() {
        while (running) {
            try {
                Outgoing event = queue.poll(1, TimeUnit.SECONDS);
                if (event != null) {
                    send(event);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(Outgoing event) {
        SseBroadcaster b;
        Sse context;
        synchronized (this) {
            b = broadcaster;
            context = sse;
        }
        if (b == null) {
            return;
        }
        OutboundSseEvent sseEvent = context.newEventBuilder()
                .name(event.name())
                .id(Long.toString(sequence.incrementAndGet()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json.toJson(event.data()))
                .build();
        b.broadcast(sseEvent);
    }

    @PreDestroy
    void stop() {
        running = false;
        synchronized (this) {
            if (broadcaster != null) {
                broadcaster.close();
            }
        }
    }

    /** The data of one event. */
    public static class EventDto {
        public String type;
        public String at;
        public CallDto call;

        static EventDto of(CallEvent e) {
            EventDto d = new EventDto();
            d.type = e.type().eventName();
            d.at = e.at().toString();
            d.call = CallDto.of(e.call());
            return d;
        }
    }
}
