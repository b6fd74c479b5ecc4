package org.parley.web.media;

import java.io.Serializable;
import java.util.Locale;
import org.parley.media.SoundInfo;
import org.parley.media.SoundKind;

/** A sound as the Sounds page lists it. */
public class SoundRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final SoundKind kind;
    private final long durationMillis;

    public SoundRow(SoundInfo info) {
        this.name = info.name();
        this.kind = info.kind();
        this.durationMillis = info.durationMillis();
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind.apiName();
    }

    /** What the page says about where it comes from. */
    public String getKindLabel() {
        return switch (kind) {
            case SHIPPED -> "Shipped";
            case UPLOADED -> "Uploaded";
            case REPLACED -> "Replaces the shipped one";
        };
    }

    /** Whether there is an upload to delete. */
    public boolean isDeletable() {
        return kind != SoundKind.SHIPPED;
    }

    /** {@code 1.9 s} under a minute, {@code 2:05} from there on. */
    public String getDuration() {
        if (durationMillis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", durationMillis / 1000.0);
        }
        long seconds = Math.round(durationMillis / 1000.0);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
