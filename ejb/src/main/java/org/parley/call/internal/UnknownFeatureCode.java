package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallSteerer;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Disposition;
import org.parley.call.Party;
import org.parley.media.Prompts;

/**
 * A dialled number that looks like a feature code ({@code *} first) but that no feature knows: Parley answers it and
 * says "invalid code" instead of refusing it with a bare {@code 404}, as a PBX does.
 */
@ApplicationScoped
public class UnknownFeatureCode implements CallSteerer {

    private static final Logger LOG = Logger.getLogger(UnknownFeatureCode.class.getName());

    @Inject
    CallSteering steering;

    /** The steering of a number no feature claimed: this one for a {@code *} code, else none. */
    Optional<CallSteererLocator.Steering> forNumber(String dialled) {
        return dialled.startsWith("*") ? Optional.of(new CallSteererLocator.Steering(this, Party.of(dialled)))
                : Optional.empty();
    }

    @Override
    public void started(CallView call) {
        LOG.log(Level.INFO, "Unknown feature code {0} dialled by {1}",
                new Object[] {call.callee().number(), call.caller().number()});
        steering.confirm(call.id(), Prompts.INVALID_CODE);
    }

    @Override
    public void exhausted(CallView call, Disposition outcome, int status) {
        // nothing rings for a code call
    }
}
