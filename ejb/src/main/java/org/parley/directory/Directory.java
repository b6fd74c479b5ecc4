package org.parley.directory;

import java.util.Optional;

/** Extensions as call handling reads them: from memory, kept in step with committed changes. */
public interface Directory {

    Optional<ExtensionView> extension(String number);
}
