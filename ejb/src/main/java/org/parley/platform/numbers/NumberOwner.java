package org.parley.platform.numbers;

import java.util.Optional;

/**
 * One feature's share of Parley's single number space (extensions, queues and their agent codes, feature codes, later
 * mailboxes): what a number dialled from a phone means to that feature. Each feature that answers numbers implements
 * it, so that no two features can take the same number.
 */
public interface NumberOwner {

    /** What {@code number} is to this feature, e.g. {@code "queue Sales"}; empty when it is not this feature's. */
    Optional<NumberUse> use(String number);
}
