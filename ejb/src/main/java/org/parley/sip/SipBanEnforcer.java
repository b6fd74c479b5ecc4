package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.security.SipBanChanged;
import org.parley.sipconnector.SipSendException;

/**
 * Hands the SIP guard's bans to the connector, which drops a banned source's packets before any other work (no
 * transaction, no delivery to Parley, no answer).
 */
@ApplicationScoped
public class SipBanEnforcer {

    private static final Logger LOG = Logger.getLogger(SipBanEnforcer.class.getName());

    @Inject
    SipResponder responder;

    void changed(@Observes SipBanChanged change) {
        try {
            responder.withConnection(c -> {
                change.until().ifPresentOrElse(until -> c.blockSource(change.address(), until),
                        () -> c.unblockSource(change.address()));
                return null;
            });
        } catch (SipResponder.SipUnavailable | SipSendException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Could not hand the SIP connector the ban change of {0}: {1}",
                    new Object[] {change.address(), e.getMessage()});
        }
    }
}
