package org.parley.web.media;

import org.parley.media.SoundInfo;

/** A sound of the library in the REST API. */
public class SoundDto {

    public String name;
    /** {@code shipped}, {@code uploaded}, or {@code replaced} (an upload under a shipped sound's name). */
    public String kind;
    /** How long it plays, in milliseconds. */
    public long durationMillis;

    public static SoundDto of(SoundInfo info) {
        SoundDto dto = new SoundDto();
        dto.name = info.name();
        dto.kind = info.kind().apiName();
        dto.durationMillis = info.durationMillis();
        return dto;
    }
}
