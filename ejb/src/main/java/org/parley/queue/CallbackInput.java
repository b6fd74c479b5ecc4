package org.parley.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * The callback fields of a queue's input ({@link QueueInput}; docs/queues.md, "Callback"), with their defaults.
 */
public class CallbackInput {

    @NotNull(message = "is required")
    private Boolean callbackEnabled = QueueCallback.OFF.enabled();

    @NotNull(message = "is required")
    @Pattern(regexp = "[0-9]", message = "must be one digit")
    private String callbackKey = String.valueOf(QueueCallback.OFF.key());

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 3_600, message = "must be at most 3600")
    private Integer callbackOfferAfterSeconds = (int) QueueCallback.OFF.offerAfter().toSeconds();

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 10, message = "must be at most 10")
    private Integer callbackRetries = QueueCallback.OFF.retries();

    @NotNull(message = "is required")
    @Min(value = 0, message = "must not be negative")
    @Max(value = 3_600, message = "must be at most 3600")
    private Integer callbackRetryDelaySeconds = (int) QueueCallback.OFF.retryDelay().toSeconds();

    public Boolean getCallbackEnabled() {
        return callbackEnabled;
    }

    public void setCallbackEnabled(Boolean callbackEnabled) {
        this.callbackEnabled = callbackEnabled;
    }

    public String getCallbackKey() {
        return callbackKey;
    }

    public void setCallbackKey(String callbackKey) {
        this.callbackKey = callbackKey == null ? null : callbackKey.strip();
    }

    public Integer getCallbackOfferAfterSeconds() {
        return callbackOfferAfterSeconds;
    }

    public void setCallbackOfferAfterSeconds(Integer callbackOfferAfterSeconds) {
        this.callbackOfferAfterSeconds = callbackOfferAfterSeconds;
    }

    public Integer getCallbackRetries() {
        return callbackRetries;
    }

    public void setCallbackRetries(Integer callbackRetries) {
        this.callbackRetries = callbackRetries;
    }

    public Integer getCallbackRetryDelaySeconds() {
        return callbackRetryDelaySeconds;
    }

    public void setCallbackRetryDelaySeconds(Integer callbackRetryDelaySeconds) {
        this.callbackRetryDelaySeconds = callbackRetryDelaySeconds;
    }

    /** The callback given (once validated). */
    public QueueCallback callback() {
        return new QueueCallback(callbackEnabled, callbackKey.charAt(0), Duration.ofSeconds(callbackOfferAfterSeconds),
                callbackRetries, Duration.ofSeconds(callbackRetryDelaySeconds));
    }

    /** Fills the callback fields from a queue's (to edit them). */
    public void fillCallback(QueueCallback c) {
        callbackEnabled = c.enabled();
        callbackKey = String.valueOf(c.key());
        callbackOfferAfterSeconds = (int) c.offerAfter().toSeconds();
        callbackRetries = c.retries();
        callbackRetryDelaySeconds = (int) c.retryDelay().toSeconds();
    }
}
