package org.parley.media;

import java.util.List;

/** What a client sends to create or change a music class ({@code PUT /api/moh/{class}}, the console). */
public class MusicClassInput {

    /** Names of sounds of the library, in playing order. */
    private List<String> sounds;

    /** {@code sequential} (the default) or {@code random}. */
    private String order;

    public MusicClassInput() {
    }

    public MusicClassInput(List<String> sounds, String order) {
        this.sounds = sounds;
        this.order = order;
    }

    public List<String> getSounds() {
        return sounds;
    }

    public void setSounds(List<String> sounds) {
        this.sounds = sounds;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
