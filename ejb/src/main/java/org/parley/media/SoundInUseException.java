package org.parley.media;

import java.util.List;
import org.parley.platform.error.ConflictException;

/** A sound cannot disappear while music classes play it. */
public class SoundInUseException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public SoundInUseException(String name, List<String> classes) {
        super("name", "Sound " + name + " is played by music class " + String.join(", ", classes)
                + "; take it out of the class first");
    }
}
