package org.parley.web.media;

import java.util.List;
import org.parley.media.MusicClassView;

/** A music-on-hold class in the REST API. */
public class MusicClassDto {

    public String name;
    /** Names of its sounds, in order. */
    public List<String> sounds;
    /** {@code sequential} or {@code random}. */
    public String order;

    public static MusicClassDto of(MusicClassView view) {
        MusicClassDto dto = new MusicClassDto();
        dto.name = view.name();
        dto.sounds = view.sounds();
        dto.order = view.order().apiName();
        return dto;
    }
}
