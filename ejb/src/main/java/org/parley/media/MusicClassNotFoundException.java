package org.parley.media;

import org.parley.platform.error.NotFoundException;

/** No music class has this name. */
public class MusicClassNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MusicClassNotFoundException(String name) {
        super("No music class " + name);
    }
}
