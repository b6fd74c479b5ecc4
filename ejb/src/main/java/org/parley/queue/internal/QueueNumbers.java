package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.platform.numbers.NumberOwner;
import org.parley.platform.numbers.NumberUse;

/** Queues' share of the number space: each queue's number and its agent connection and disconnection numbers. */
@ApplicationScoped
public class QueueNumbers implements NumberOwner {

    /** The kind of a queue's agent connection and disconnection numbers. */
    public static final String AGENT_CODE = "queue agent code";

    @Inject
    QueueDirectory directory;

    @Override
    public Optional<NumberUse> use(String number) {
        return directory.number(number).flatMap(n -> directory.settings(n.queueId()).map(q -> {
            String owner = Long.toString(q.id());
            return switch (n.use()) {
                case QUEUE -> new NumberUse(NumberUse.QUEUE, owner, "the number of queue " + q.name());
                case AGENT_CONNECTION -> new NumberUse(AGENT_CODE, owner,
                        "the agent connection number of queue " + q.name());
                case AGENT_DISCONNECTION -> new NumberUse(AGENT_CODE, owner,
                        "the agent disconnection number of queue " + q.name());
            };
        }));
    }

    /** Whether {@code use} is one of queue {@code id}'s own numbers. */
    static boolean ownOf(NumberUse use, long id) {
        return (NumberUse.QUEUE.equals(use.kind()) || AGENT_CODE.equals(use.kind())) && use.owner().equals(Long.toString(id));
    }
}
