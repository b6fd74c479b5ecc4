package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.call.CallEvent;
import org.parley.call.CallService;
import org.parley.call.CallView;
import org.parley.dialplan.DialedNumber;
import org.parley.dialplan.NumberPlan;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.media.Prompts;
import org.parley.queue.CallbackRepository;
import org.parley.sipconnector.MediaEvent;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;

/**
 * The container's side of queue callbacks: key presses of queue callers handed to their queue, the calls placed for
 * callbacks (click-to-dial from the agent, {@link CallService#originate}, the agent's phone shown the name of the
 * contact having the number, when tracing knows one, the agent told "callback for" and the number digit by digit
 * before the customer is dialled) and their answer or end handed back, and the
 * toll-fraud verdict on a number to call back. Observers only hand work to the queues' lanes.
 */
@ApplicationScoped
public class CallbackCalls {

    @Inject
    QueueDispatcher dispatcher;

    @Inject
    CallService calls;

    @Inject
    NumberPlan numbers;

    @Inject
    TollFraudPolicy tollFraud;

    @Inject
    CallbackRepository store;

    @Inject
    ContactService contacts;

    /** Calls placed for callbacks: their queue. */
    private final Map<String, Long> placed = new ConcurrentHashMap<>();

    /** What the live queues place and check callbacks with. */
    CallbackPorts ports() {
        return new CallbackPorts(this::dial, this::refusal, store);
    }

    private String dial(long queueId, String agent, String number) {
        String name = contacts.lookup(number).stream().findFirst().map(ContactView::name).orElse("");
        List<String> announcement = new ArrayList<>(List.of(Prompts.CALLBACK_FOR));
        announcement.addAll(Prompts.digits(number.replaceAll("[^0-9]", "")));
        String id = calls.originate(agent, number, name, announcement).id();
        placed.put(id, queueId);
        return id;
    }

    /**
     * Why a number may not be called back: not a number, an emergency number, or what the toll-fraud policy refuses
     * for calls Parley passes on by itself (international numbers outside the allowed countries, premium rate).
     */
    Optional<String> refusal(String number) {
        DialedNumber n = numbers.parse(number);
        return switch (n.numberClass()) {
            case INVALID -> Optional.of("not a number");
            case EMERGENCY -> Optional.of(tollFraud.passOnToEmergency(number, "a queue callback").reason());
            case INTERNAL -> Optional.empty();
            case NATIONAL, INTERNATIONAL -> Optional.of(tollFraud.check(n.normalized(), "a queue callback"))
                    .filter(v -> !v.allowed()).map(TollFraudPolicy.Verdict::reason);
        };
    }

    void onKey(@Observes MediaEvent.DtmfReceived key) {
        calls.callOfLeg(key.legId()).ifPresent(callId -> dispatcher.queueOfCall(callId)
                .ifPresent(q -> dispatcher.onQueue(q, live -> live.callbacks().key(callId, key.digit()))));
    }

    void onCall(@Observes CallEvent event) {
        CallView call = event.call();
        Long queueId = placed.get(call.id());
        if (queueId == null) {
            return;
        }
        if (event.type() == CallEvent.Type.ANSWERED) {
            dispatcher.onQueue(queueId, live -> live.callbacks().answered(call));
        } else if (event.type() == CallEvent.Type.ENDED) {
            placed.remove(call.id());
            dispatcher.onQueue(queueId, live -> live.callbacks().ended(call));
        }
    }
}
