package org.parley.web.voicemail;

/** {@code {"heard": true}}. */
public class HeardInput {
    public Boolean heard;
}
