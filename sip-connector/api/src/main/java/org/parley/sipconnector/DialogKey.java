package org.parley.sipconnector;

import java.util.Objects;

/**
 * What identifies the dialog a message belongs to (RFC 3261 §12): Call-ID and the two tags, as carried in the message.
 *
 * @param callId  Call-ID
 * @param fromTag tag of the From header, empty when absent
 * @param toTag   tag of the To header, empty when absent (a dialog-creating request)
 */
public record DialogKey(String callId, String fromTag, String toTag) {

    public DialogKey {
        Objects.requireNonNull(callId, "callId");
        fromTag = fromTag == null ? "" : fromTag;
        toTag = toTag == null ? "" : toTag;
    }
}
