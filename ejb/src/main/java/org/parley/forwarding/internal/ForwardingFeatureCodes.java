package org.parley.forwarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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
import org.parley.platform.error.InvalidInputException;

/**
 * Forwarding feature codes dialled from a phone ({@link FeatureCode}): call routing finds them here before the dial
 * plan; the code changes the calling extension's rule and the call is answered by Parley itself (no media, nothing
 * rings) and hung up a moment later. A code Parley cannot take is refused: {@code 403} for a caller that is not an
 * extension or a target the rules refuse (an international number, the extension itself).
 */
@ApplicationScoped
public class ForwardingFeatureCodes implements CallSteererLocator, CallSteerer {

    private static final Logger LOG = Logger.getLogger(ForwardingFeatureCodes.class.getName());
    /** How long the confirmation call lasts before Parley hangs it up. */
    private static final Duration CONFIRMATION = Duration.ofSeconds(2);

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
            steering.giveUp(call.id(), 403);
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
            steering.giveUp(call.id(), 403);
            return;
        }
        steering.confirm(call.id(), CONFIRMATION);
    }

    @Override
    public void exhausted(CallView call, Disposition outcome, int status) {
        steering.giveUp(call.id(), 480);
    }
}
