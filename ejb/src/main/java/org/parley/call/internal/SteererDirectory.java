package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.call.CallSteererLocator;

/** The steerers of dialled numbers, found through every {@link CallSteererLocator} the features provide. */
@ApplicationScoped
public class SteererDirectory {

    @Inject
    Instance<CallSteererLocator> locators;

    @Inject
    UnknownFeatureCode unknownCodes;

    /** The steerer of a number (a queue's extension), asked of every locator in turn; an unknown {@code *} code last. */
    Optional<CallSteererLocator.Steering> forNumber(String number) {
        for (CallSteererLocator locator : locators) {
            Optional<CallSteererLocator.Steering> s = locator.forNumber(number);
            if (s.isPresent()) {
                return s;
            }
        }
        return unknownCodes.forNumber(number);
    }
}
