package org.parley.web.queue;

import java.util.List;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueSettings;

/** A queue in the REST API (times in seconds). */
public class QueueDto {

    public long id;
    public String name;
    public String extension;
    /** ringall, leastrecent, fewestcalls, random, rrmemory or linear. */
    public String strategy;
    public int maxWaitSeconds;
    /** The extension a caller goes to after the maximum wait or when refused, if any. */
    public String fallback;
    public int agentRingSeconds;
    public int retrySeconds;
    public int wrapUpSeconds;
    public int maxCallers;
    public int serviceLevelSeconds;
    public boolean joinWhenEmpty;
    public boolean leaveWhenEmpty;
    /** What a dynamic agent dials to connect. */
    public String connectionNumber;
    /** What a dynamic agent dials to disconnect. */
    public String disconnectionNumber;
    public List<String> staticAgents;
    public List<String> dynamicAgents;

    static QueueDto of(QueueSettings s) {
        QueueDto d = new QueueDto();
        d.id = s.id();
        d.name = s.name();
        d.extension = s.extension();
        d.strategy = s.strategy().apiName();
        d.maxWaitSeconds = (int) s.maxWait().toSeconds();
        d.fallback = s.fallback().orElse(null);
        d.agentRingSeconds = (int) s.agentRingTime().toSeconds();
        d.retrySeconds = (int) s.retry().toSeconds();
        d.wrapUpSeconds = (int) s.wrapUp().toSeconds();
        d.maxCallers = s.maxCallers();
        d.serviceLevelSeconds = (int) s.serviceLevel().toSeconds();
        d.joinWhenEmpty = s.joinWhenEmpty();
        d.leaveWhenEmpty = s.leaveWhenEmpty();
        d.connectionNumber = s.connectionNumber().orElse(null);
        d.disconnectionNumber = s.disconnectionNumber().orElse(null);
        d.staticAgents = s.members(MemberKind.STATIC);
        d.dynamicAgents = s.members(MemberKind.DYNAMIC);
        return d;
    }
}
