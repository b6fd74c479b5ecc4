package org.parley.forwarding;

import java.util.List;
import org.parley.dialplan.TollFraudPolicy;

/** Reading and changing the forwarding of extensions (REST, console, feature codes). */
public interface ForwardingService {

    /**
     * The forwarding of an extension (every rule off when never set).
     *
     * @throws org.parley.directory.ExtensionNotFoundException when there is no such extension
     */
    ForwardingRules get(String extension);

    /**
     * Replaces the forwarding of an extension. Targets and extra devices are normalised (an extension number, or
     * E.164); each is checked: an existing extension other than this one or a valid phone number, not international
     * unless its country is allowed ({@link TollFraudPolicy}), not an emergency number.
     *
     * @throws org.parley.platform.error.InvalidInputException naming each invalid field ({@code unconditional.target},
     *                                                         {@code extraDevices[1].number} …)
     * @throws org.parley.directory.ExtensionNotFoundException when there is no such extension
     */
    ForwardingRules update(String extension, ForwardingInput input);

    /**
     * Switches one rule on, to {@code target} as dialled, keeping its other settings (a feature code).
     *
     * @throws org.parley.platform.error.InvalidInputException when the target is refused, as {@link #update} would
     */
    ForwardingRules enable(String extension, ForwardKind kind, String target);

    /** Switches one rule off, keeping its target (a feature code). */
    ForwardingRules disable(String extension, ForwardKind kind);

    /** The extra devices of an extension, from memory (none for an unknown extension). */
    List<ExtraDevice> extraDevices(String extension);
}
