package org.parley.forwarding;

import java.util.List;
import java.util.Optional;

/** Stored forwarding, one {@link ExtensionForwarding} per extension that has any. */
public interface ForwardingRepository {

    Optional<ExtensionForwarding> find(String extension);

    List<ExtensionForwarding> all();

    void add(ExtensionForwarding forwarding);
}
