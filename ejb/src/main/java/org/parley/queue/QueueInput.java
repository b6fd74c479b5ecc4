package org.parley.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person gives to create or change a queue. Times are in seconds; optional numbers default as documented in
 * docs/queues.md.
 */
public class QueueInput extends CallbackInput {

    /** An extension-like number: 2 to 10 digits. */
    public static final String NUMBER = "[0-9]{2,10}";
    /** A number an agent dials: digits, optionally with * or # (feature codes such as *41). */
    public static final String CODE = "[0-9*#]{2,16}";
    /** A sound's or music class's name (docs/media.md). */
    public static final String SOUND_NAME = "[a-z0-9][a-z0-9_-]{0,63}";

    @NotBlank(message = "is required")
    @Size(max = 64, message = "must be at most 64 characters")
    private String name;

    @NotBlank(message = "is required")
    @Pattern(regexp = NUMBER, message = "must be 2 to 10 digits")
    private String extension;

    @NotBlank(message = "is required")
    private String strategy = "ringall";

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 86_400, message = "must be at most 86400")
    private Integer maxWaitSeconds = 300;

    @Pattern(regexp = NUMBER, message = "must be 2 to 10 digits")
    private String fallback;

    @NotNull(message = "is required")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 600, message = "must be at most 600")
    private Integer agentRingSeconds = 15;

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 600, message = "must be at most 600")
    private Integer retrySeconds = 5;

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 3_600, message = "must be at most 3600")
    private Integer wrapUpSeconds = 0;

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 10_000, message = "must be at most 10000")
    private Integer maxCallers = 0;

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 3_600, message = "must be at most 3600")
    private Integer serviceLevelSeconds = 20;

    @NotNull(message = "is required")
    private Boolean joinWhenEmpty = Boolean.TRUE;

    @NotNull(message = "is required")
    private Boolean leaveWhenEmpty = Boolean.FALSE;

    @Pattern(regexp = CODE, message = "must be 2 to 16 digits, * or #")
    private String connectionNumber;

    @Pattern(regexp = CODE, message = "must be 2 to 16 digits, * or #")
    private String disconnectionNumber;

    // wallboard thresholds (docs/queues.md): each optional

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 10000, message = "must be at most 10000")
    private Integer waitingAmber;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 10000, message = "must be at most 10000")
    private Integer waitingRed;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 86400, message = "must be at most 86400")
    private Integer longestWaitAmberSeconds;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 86400, message = "must be at most 86400")
    private Integer longestWaitRedSeconds;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    private Integer serviceLevelAmberPercent;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    private Integer serviceLevelRedPercent;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    private Integer abandonRateAmberPercent;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    private Integer abandonRateRedPercent;

    @NotNull(message = "is required")
    @Size(max = 200, message = "must list at most 200 agents")
    private List<@Pattern(regexp = NUMBER, message = "must be extension numbers") String> staticAgents =
            new ArrayList<>();

    @NotNull(message = "is required")
    @Size(max = 200, message = "must list at most 200 agents")
    private List<@Pattern(regexp = NUMBER, message = "must be extension numbers") String> dynamicAgents =
            new ArrayList<>();

    @NotBlank(message = "is required")
    @Pattern(regexp = SOUND_NAME, message = "must be 1 to 64 lower-case letters, digits, - or _")
    private String musicClass = "default";

    @Pattern(regexp = SOUND_NAME, message = "must be 1 to 64 lower-case letters, digits, - or _")
    private String announcement;

    @NotNull(message = "is required")
    private Boolean announcePosition = Boolean.TRUE;

    @NotNull(message = "is required")
    private Boolean announceHoldTime = Boolean.TRUE;

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 3_600, message = "must be at most 3600")
    private Integer announceFrequency = 0;

    @NotBlank(message = "is required")
    private String ringingMode = "music";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = blankToNull(extension);
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    public Integer getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public void setMaxWaitSeconds(Integer maxWaitSeconds) {
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public String getFallback() {
        return fallback;
    }

    public void setFallback(String fallback) {
        this.fallback = blankToNull(fallback);
    }

    public Integer getAgentRingSeconds() {
        return agentRingSeconds;
    }

    public void setAgentRingSeconds(Integer agentRingSeconds) {
        this.agentRingSeconds = agentRingSeconds;
    }

    public Integer getRetrySeconds() {
        return retrySeconds;
    }

    public void setRetrySeconds(Integer retrySeconds) {
        this.retrySeconds = retrySeconds;
    }

    public Integer getWrapUpSeconds() {
        return wrapUpSeconds;
    }

    public void setWrapUpSeconds(Integer wrapUpSeconds) {
        this.wrapUpSeconds = wrapUpSeconds;
    }

    public Integer getMaxCallers() {
        return maxCallers;
    }

    public void setMaxCallers(Integer maxCallers) {
        this.maxCallers = maxCallers;
    }

    public Integer getServiceLevelSeconds() {
        return serviceLevelSeconds;
    }

    public void setServiceLevelSeconds(Integer serviceLevelSeconds) {
        this.serviceLevelSeconds = serviceLevelSeconds;
    }

    public Boolean getJoinWhenEmpty() {
        return joinWhenEmpty;
    }

    public void setJoinWhenEmpty(Boolean joinWhenEmpty) {
        this.joinWhenEmpty = joinWhenEmpty;
    }

    public Boolean getLeaveWhenEmpty() {
        return leaveWhenEmpty;
    }

    public void setLeaveWhenEmpty(Boolean leaveWhenEmpty) {
        this.leaveWhenEmpty = leaveWhenEmpty;
    }

    public String getConnectionNumber() {
        return connectionNumber;
    }

    public void setConnectionNumber(String connectionNumber) {
        this.connectionNumber = blankToNull(connectionNumber);
    }

    public String getDisconnectionNumber() {
        return disconnectionNumber;
    }

    public void setDisconnectionNumber(String disconnectionNumber) {
        this.disconnectionNumber = blankToNull(disconnectionNumber);
    }

    public List<String> getStaticAgents() {
        return staticAgents;
    }

    public void setStaticAgents(List<String> staticAgents) {
        this.staticAgents = staticAgents;
    }

    public List<String> getDynamicAgents() {
        return dynamicAgents;
    }

    public void setDynamicAgents(List<String> dynamicAgents) {
        this.dynamicAgents = dynamicAgents;
    }

    public String getMusicClass() {
        return musicClass;
    }

    public void setMusicClass(String musicClass) {
        this.musicClass = blankToNull(musicClass);
    }

    public String getAnnouncement() {
        return announcement;
    }

    public void setAnnouncement(String announcement) {
        this.announcement = blankToNull(announcement);
    }

    public Boolean getAnnouncePosition() {
        return announcePosition;
    }

    public void setAnnouncePosition(Boolean announcePosition) {
        this.announcePosition = announcePosition;
    }

    public Boolean getAnnounceHoldTime() {
        return announceHoldTime;
    }

    public void setAnnounceHoldTime(Boolean announceHoldTime) {
        this.announceHoldTime = announceHoldTime;
    }

    public Integer getAnnounceFrequency() {
        return announceFrequency;
    }

    public void setAnnounceFrequency(Integer announceFrequency) {
        this.announceFrequency = announceFrequency;
    }

    public String getRingingMode() {
        return ringingMode;
    }

    public void setRingingMode(String ringingMode) {
        this.ringingMode = ringingMode;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Integer getWaitingAmber() {
        return waitingAmber;
    }

    public void setWaitingAmber(Integer waitingAmber) {
        this.waitingAmber = waitingAmber;
    }

    public Integer getWaitingRed() {
        return waitingRed;
    }

    public void setWaitingRed(Integer waitingRed) {
        this.waitingRed = waitingRed;
    }

    public Integer getLongestWaitAmberSeconds() {
        return longestWaitAmberSeconds;
    }

    public void setLongestWaitAmberSeconds(Integer longestWaitAmberSeconds) {
        this.longestWaitAmberSeconds = longestWaitAmberSeconds;
    }

    public Integer getLongestWaitRedSeconds() {
        return longestWaitRedSeconds;
    }

    public void setLongestWaitRedSeconds(Integer longestWaitRedSeconds) {
        this.longestWaitRedSeconds = longestWaitRedSeconds;
    }

    public Integer getServiceLevelAmberPercent() {
        return serviceLevelAmberPercent;
    }

    public void setServiceLevelAmberPercent(Integer serviceLevelAmberPercent) {
        this.serviceLevelAmberPercent = serviceLevelAmberPercent;
    }

    public Integer getServiceLevelRedPercent() {
        return serviceLevelRedPercent;
    }

    public void setServiceLevelRedPercent(Integer serviceLevelRedPercent) {
        this.serviceLevelRedPercent = serviceLevelRedPercent;
    }

    public Integer getAbandonRateAmberPercent() {
        return abandonRateAmberPercent;
    }

    public void setAbandonRateAmberPercent(Integer abandonRateAmberPercent) {
        this.abandonRateAmberPercent = abandonRateAmberPercent;
    }

    public Integer getAbandonRateRedPercent() {
        return abandonRateRedPercent;
    }

    public void setAbandonRateRedPercent(Integer abandonRateRedPercent) {
        this.abandonRateRedPercent = abandonRateRedPercent;
    }

    /** The wallboard thresholds given; their order is checked by {@link QueueThresholds} (and field by field by the service). */
    public QueueThresholds thresholds() {
        return new QueueThresholds(QueueThresholds.Limit.of(waitingAmber, waitingRed),
                QueueThresholds.Limit.of(longestWaitAmberSeconds, longestWaitRedSeconds),
                QueueThresholds.Limit.of(serviceLevelAmberPercent, serviceLevelRedPercent),
                QueueThresholds.Limit.of(abandonRateAmberPercent, abandonRateRedPercent));
    }

    /** Fills the threshold fields from a queue's (to edit them). */
    public void setThresholds(QueueThresholds t) {
        waitingAmber = t.waiting().amberOrNull();
        waitingRed = t.waiting().redOrNull();
        longestWaitAmberSeconds = t.longestWaitSeconds().amberOrNull();
        longestWaitRedSeconds = t.longestWaitSeconds().redOrNull();
        serviceLevelAmberPercent = t.serviceLevelPercent().amberOrNull();
        serviceLevelRedPercent = t.serviceLevelPercent().redOrNull();
        abandonRateAmberPercent = t.abandonRatePercent().amberOrNull();
        abandonRateRedPercent = t.abandonRatePercent().redOrNull();
    }
}
