package org.parley.web.queue;

import java.util.List;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueThresholds;

/** A queue in the REST API (times in seconds). */
public class QueueDto {

    public long id;
    public String name;
    public String extension;
    /** ringall, leastrecent, fewestcalls, random, rrmemory or linear. */
    public String strategy;
    public int maxWaitSeconds;
    /** The extension or mailbox a caller goes to after the maximum wait or when refused, if any. */
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
    /** Wallboard thresholds (each absent when not set): waiting callers from this many on are amber / red. */
    public Integer waitingAmber;
    public Integer waitingRed;
    /** The longest wait is amber / red from this many seconds on. */
    public Integer longestWaitAmberSeconds;
    public Integer longestWaitRedSeconds;
    /** Today's service level is amber / red below this percentage. */
    public Integer serviceLevelAmberPercent;
    public Integer serviceLevelRedPercent;
    /** Today's abandon rate is amber / red from this percentage on. */
    public Integer abandonRateAmberPercent;
    public Integer abandonRateRedPercent;
    /** The music-on-hold class a waiting caller hears. */
    public String musicClass;
    /** A sound played to a caller entering the queue, if any. */
    public String announcement;
    /** Whether the position is announced every announceFrequency seconds. */
    public boolean announcePosition;
    /** Whether the estimated wait is announced every announceFrequency seconds. */
    public boolean announceHoldTime;
    /** How often position and estimated wait are announced, in seconds (0: never). */
    public int announceFrequency;
    /** What a waiting caller hears while an agent rings: music or ringback. */
    public String ringingMode;
    /** Whether a waiting caller is offered a callback (a key, then called back when their turn comes). */
    public boolean callbackEnabled;
    /** The key (a digit) that asks for a callback. */
    public String callbackKey;
    /** Seconds a caller waits before the callback is offered (then again with each position announcement). */
    public int callbackOfferAfterSeconds;
    /** How often a callback whose customer is busy or does not answer is tried again. */
    public int callbackRetries;
    /** Seconds before such a retry. */
    public int callbackRetryDelaySeconds;

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
        QueueThresholds t = s.thresholds();
        d.waitingAmber = t.waiting().amberOrNull();
        d.waitingRed = t.waiting().redOrNull();
        d.longestWaitAmberSeconds = t.longestWaitSeconds().amberOrNull();
        d.longestWaitRedSeconds = t.longestWaitSeconds().redOrNull();
        d.serviceLevelAmberPercent = t.serviceLevelPercent().amberOrNull();
        d.serviceLevelRedPercent = t.serviceLevelPercent().redOrNull();
        d.abandonRateAmberPercent = t.abandonRatePercent().amberOrNull();
        d.abandonRateRedPercent = t.abandonRatePercent().redOrNull();
        d.musicClass = s.audio().musicClass();
        d.announcement = s.audio().announcement().orElse(null);
        d.announcePosition = s.audio().announcePosition();
        d.announceHoldTime = s.audio().announceHoldTime();
        d.announceFrequency = (int) s.audio().announceFrequency().toSeconds();
        d.ringingMode = s.audio().ringingMode().apiName();
        d.callbackEnabled = s.callback().enabled();
        d.callbackKey = String.valueOf(s.callback().key());
        d.callbackOfferAfterSeconds = (int) s.callback().offerAfter().toSeconds();
        d.callbackRetries = s.callback().retries();
        d.callbackRetryDelaySeconds = (int) s.callback().retryDelay().toSeconds();
        return d;
    }
}
