package org.parley.call.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.AnchorMode;

/** Checks {@code PARLEY_MEDIA_ANCHOR} at start: a value other than {@code needed} or {@code always} stops it. */
@Startup
@Singleton
public class MediaAnchorStartup {

    private static final Logger LOG = Logger.getLogger(MediaAnchorStartup.class.getName());

    @Inject
    MediaAnchor anchor;

    @PostConstruct
    void check() {
        LOG.log(Level.INFO, "Media: {0}={1}", new Object[] {AnchorMode.KEY,
                anchor.mode().name().toLowerCase(java.util.Locale.ROOT)});
    }
}
