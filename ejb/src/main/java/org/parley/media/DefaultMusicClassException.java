package org.parley.media;

import org.parley.platform.error.ConflictException;

/** The {@code default} music class is what every wait falls back to: it can be changed, never deleted. */
public class DefaultMusicClassException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DefaultMusicClassException() {
        super("name", "The default music class cannot be deleted; change its sounds instead");
    }
}
