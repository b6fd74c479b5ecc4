package org.parley.web.media;

import java.io.Serializable;
import java.util.List;
import org.parley.media.MusicClassView;

/** A music class as the Sounds page lists it. */
public class MusicClassRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> sounds;
    private final String order;
    private final boolean defaultClass;

    public MusicClassRow(MusicClassView view) {
        this.name = view.name();
        this.sounds = view.sounds();
        this.order = view.order().apiName();
        this.defaultClass = view.isDefault();
    }

    public String getName() {
        return name;
    }

    public List<String> getSounds() {
        return sounds;
    }

    public String getOrder() {
        return order;
    }

    public String getOrderLabel() {
        return "random".equals(order) ? "Shuffled" : "In order";
    }

    /** The default class can be changed, not deleted. */
    public boolean isDefaultClass() {
        return defaultClass;
    }
}
