package org.parley.queue;

import java.util.Arrays;
import java.util.Optional;

/** The queue event log's event types: Asterisk {@code queue_log} names, with the console's plain-language labels. */
public enum QueueEventType {
    ENTERQUEUE("Someone is entering the queue"),
    CONNECT("The caller is connected to an agent"),
    COMPLETEAGENT("The call was terminated (agent hangs up)"),
    COMPLETECALLER("The call was terminated (caller hangs up)"),
    ABANDON("The caller quit"),
    EXITEMPTY("The caller exits the queue (no agent is connected)"),
    EXITWITHTIMEOUT("The caller exits the queue (timeout)"),
    RINGNOANSWER("No one is answering"),
    RINGCANCELED("No one is answering, the caller hangs up"),
    ATTENDEDTRANSFER("Transfer (the agent spoke to the target before handing the caller over)"),
    BLINDTRANSFER("Blind Transfer (when the caller is transferred without interacting with an agent)"),
    AGENTLOGIN("An agent is connecting"),
    AGENTLOGOFF("An agent is disconnecting"),
    PAUSE("An agent pauses"),
    UNPAUSE("An agent resumes"),
    CALLBACKREQUEST("The caller asked to be called back and hung up"),
    CALLBACKCONNECT("A callback reached the caller, an agent is on the call"),
    CALLBACKFAILED("A callback failed (every try busy or unanswered)");

    private final String label;

    QueueEventType(String label) {
        this.label = label;
    }

    /** What the console shows. */
    public String label() {
        return label;
    }

    public static Optional<QueueEventType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
