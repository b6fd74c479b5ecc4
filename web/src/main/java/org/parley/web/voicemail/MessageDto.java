package org.parley.web.voicemail;

import org.parley.voicemail.MessageView;

/** A voicemail message on the REST API (the recording: the same path with {@code Accept: audio/wav}). */
public class MessageDto {
    public String id;
    public String mailbox;
    public String callerNumber;
    public String callerName;
    public String receivedAt;
    public long durationSeconds;
    public boolean heard;

    static MessageDto of(MessageView v) {
        MessageDto d = new MessageDto();
        d.id = v.id();
        d.mailbox = v.mailbox();
        d.callerNumber = v.callerNumber();
        d.callerName = v.callerName();
        d.receivedAt = v.receivedAt().toString();
        d.durationSeconds = v.durationSeconds();
        d.heard = v.heard();
        return d;
    }
}
