package org.parley.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.parley.voicemail.MailboxChanged;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.parley.agent.AgentChanged;
import org.parley.call.CallEvent;
import org.parley.call.CallView;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueService;
import org.parley.tracing.ScreenPop;
import org.parley.tracing.ScreenPopChanged;
import org.parley.web.agent.AgentDto;
import org.parley.web.call.CallDto;
import org.parley.web.call.PartyDto;
import org.parley.web.queue.QueueEventDto;
import org.parley.web.tracing.ScreenPopDto;

/**
 * The live event stream behind {@code /api/events}: call, queue and agent events are queued by their observers (a
 * call's run under its lock, so they only enqueue, in order) and sent by one background task to every subscriber
 * whose {@link EventAudience} admits them (an agent sees only their own calls, state and queues). A subscriber too
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
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile Sse sse;

    @Resource
    ManagedExecutorService executor;

    @Inject
    QueueService queues;

    @PostConstruct
    void start() {
        executor.submit(this::pump);
    }

    /** Adds a subscriber who sees what {@code audience} admits. */
    void subscribe(SseEventSink sink, Sse context, EventAudience audience) {
        sse = context;
        subscribers.add(new Subscriber(sink, audience));
    }

    /** An event to send: its name, its data (a DTO) and whom it concerns. */
    private record Outgoing(String name, Object data, EventScope scope) {
    }

    private record Subscriber(SseEventSink sink, EventAudience audience) {
    }

    void onCall(@Observes CallEvent event) {
        EventDto dto = EventDto.of(event);
        enqueue(new Outgoing(event.type().eventName(), dto, EventScope.of(numbersIn(dto.call))));
    }

    /** Queue events: {@code queue.enterqueue}, {@code queue.connect} … with the event as the log shows it. */
    void onQueueEvent(@Observes QueueEventView event) {
        enqueue(new Outgoing("queue." + event.type().name().toLowerCase(Locale.ROOT), QueueEventDto.of(event),
                EventScope.queue(event.queueId(), event.agent())));
    }

    /** Agent events: {@code agent.changed} with the agent's state. */
    void onAgent(@Observes AgentChanged change) {
        enqueue(new Outgoing("agent.changed", AgentDto.of(change.agent()),
                EventScope.of(Set.of(change.agent().extension()))));
    }

    /**
     * {@code mailbox.changed}: a box's new and old message counts after a message was left, heard or deleted, for
     * administrators, supervisors and the box's extensions.
     */
    void onMailbox(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged change) {
        enqueue(new Outgoing("mailbox.changed", MailboxChangedDto.of(change), EventScope.of(Set.copyOf(
                change.extensions()))));
    }

    /** Every number a call shows: its parties, its legs' parties, a transfer's parties. */
    private static Set<String> numbersIn(CallDto call) {
        Set<String> numbers = new HashSet<>();
        Consumer<PartyDto> add = p -> {
            if (p != null && p.number != null) {
                numbers.add(p.number);
            }
        };
        add.accept(call.caller);
        add.accept(call.callee);
        add.accept(call.endedBy);
        if (call.legs != null) {
            call.legs.forEach(l -> add.accept(l.party));
        }
        if (call.transfer != null) {
            add.accept(call.transfer.transferor);
            add.accept(call.transfer.remaining);
            add.accept(call.transfer.target);
        }
        return numbers;
    }

    /**
     * An event about a call (a key press): its name on the stream and its data (a DTO); queued like the rest, for
     * administrators, supervisors and the agents who are parties to {@code call}.
     */
    void publishAboutCall(String name, Object data, Optional<CallView> call) {
        enqueue(new Outgoing(name, data, EventScope.of(call.map(c -> numbersIn(CallDto.of(c))).orElse(Set.of()))));
    }

    /**
     * Screen pops: {@code call.contact} with who is calling, when a call from a known contact or company starts
     * ringing extensions.
     */
    void onScreenPop(@Observes ScreenPopChanged change) {
        change.pop().filter(ScreenPop::known)
                .ifPresent(p -> enqueue(new Outgoing("call.contact", ScreenPopDto.of(p), EventScope.of(p.extensions()))));
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
        Sse context = sse;
        if (context == null || subscribers.isEmpty()) {
            return;
        }
        OutboundSseEvent sseEvent = context.newEventBuilder()
                .name(event.name())
                .id(Long.toString(sequence.incrementAndGet()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json.toJson(event.data()))
                .build();
        Map<Long, Set<String>> members = new HashMap<>();
        LongFunction<Set<String>> membersOf = id -> members.computeIfAbsent(id, this::queueMembers);
        for (Subscriber s : subscribers) {
            if (s.sink().isClosed()) {
                subscribers.remove(s);
            } else if (s.audience().admits(event.scope(), membersOf)) {
                s.sink().send(sseEvent).exceptionally(failure -> {
                    LOG.fine(() -> "Event subscriber gone: " + failure);
                    subscribers.remove(s);
                    return null;
                });
            }
        }
    }

    /** A queue's members; none when they cannot be read now (the agents then miss this event, nothing else). */
    private Set<String> queueMembers(long queueId) {
        try {
            return queues.find(queueId).map(q -> q.members().stream().map(QueueMemberView::extension)
                    .collect(Collectors.toSet())).orElse(Set.of());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Members of queue " + queueId + " not read for the event stream: "
                    + e.getClass().getSimpleName());
            return Set.of();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        subscribers.forEach(s -> s.sink().close());
        subscribers.clear();
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
