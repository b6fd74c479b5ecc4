package org.parley.media;

import org.parley.platform.error.NotFoundException;

/** No sound (or no uploaded sound, where only those count) has this name. */
public class SoundNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SoundNotFoundException(String message) {
        super(message);
    }
}
