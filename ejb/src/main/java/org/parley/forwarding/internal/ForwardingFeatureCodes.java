package org.parley.forwarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallDirection;
import org.parley.call.CallSteerer;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Disposition;
import org.parley.call.Party;
import org.parley.directory.Directory;
import org.parley.forwarding.FeatureCode;
import org.parley.forwarding.ForwardingService;
import org.parley.media.Prompts;
import org.parley.platform.error.InvalidInputException;

/**
 * Forwarding feature codes dialled from a phone ({@link FeatureCode}): call routing finds them here before the dial
 * plan; the code changes the calling extension's rule and the call is answered by Parley itself (nothing rings), which
 * says "call forwarding is on" (or off) and hangs up. A code Parley cannot take (a caller that is not an extension, a
 * target the rules refuse: an international number, the extension itself) hears "invalid code" instead.
 */
@ApplicationScoped
public class ForwardingFeatureCodes implements CallSteererLocator, CallSteerer {

    private static final Logger LOG = Logger.getLogger(ForwardingFeatureCodes.class.getName());

    @Inject
    ForwardingService forwarding;

    @Inject
    Directory directory;

    @Inject
    CallSteering steering;

    @Override
    public Optional<Steering> forNumber(String dialled) {
        return FeatureCode.parse(dialled).map(code -> new Steering(this, Party.of(dialled)));
    }

    @Override
    public void started(CallView call) {
        String extension = call.caller().number();
        Optional<FeatureCode> code = FeatureCode.parse(call.callee().number());
        if (code.isEmpty() || call.direction() != CallDirection.INTERNAL || directory.extension(extension).isEmpty()) {
            LOG.log(Level.INFO, "Feature code {0} from {1} refused: only an extension's own phone may dial it",
                    new Object[] {call.callee().number(), extension});
            steering.confirm(call.id(), Prompts.INVALID_CODE);
            return;
        }
        FeatureCode c = code.get();
        try {
            if (c.switchesOn()) {
                forwarding.enable(extension, c.kind(), c.target().orElseThrow());
            } else {
                forwarding.disable(extension, c.kind());
            }
        } catch (InvalidInputException e) {
            LOG.log(Level.INFO, "Feature code {0} from extension {1} refused: {2}",
                    new Object[] {call.callee().number(), extension, e.getMessage()});
            steering.confirm(call.id(), Prompts.INVALID_CODE);
            return;
        }
        steering.confirm(call.id(), c.switchesOn() ? Prompts.FORWARDING_ON : Prompts.FORWARDING_OFF);
    }

    @Override
    public void exhausted(CallView call, Disposition outcome, int status) {
        steering.giveUp(call.id(), 480);
    }
}
