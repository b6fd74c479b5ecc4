package org.parley.tracing;

import java.util.Optional;

/** The screen pop of the call ringing (or answered) at an extension, for its desk. */
public interface ScreenPops {

    Optional<ScreenPop> at(String extension);
}
