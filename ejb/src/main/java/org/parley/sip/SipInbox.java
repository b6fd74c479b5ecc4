package org.parley.sip;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipMessageListener;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponse;
import org.parley.sipconnector.media.MediaEvent;

/**
 * Receives what the SIP connector delivers and hands it to {@link SipRequestRouter}. The only entry point of SIP
 * into the application.
 */
@MessageDriven(
        messageListenerInterface = SipMessageListener.class,
        activationConfig = @ActivationConfigProperty(propertyName = "resourceAdapter",
                propertyValue = "${MPCONFIG=parley.sip.resource-adapter}"))
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SipInbox implements SipMessageListener {

    private static final Logger LOG = Logger.getLogger(SipInbox.class.getName());

    @Inject
    SipRequestRouter router;

    @Inject
    LegEvents legEvents;

    @Inject
    TrunkRegistrations trunkRegistrations;

    /** Media events as CDI events: features observe the ones they need (DTMF, playback ends, timeouts). */
    @Inject
    Event<MediaEvent> mediaEvents;

    @Override
    public void onRequest(SipRequest request) {
        router.route(request);
    }

    @Override
    public void onResponse(SipResponse response) {
        LOG.fine(() -> "Response ignored (no request of Parley's expects it): " + response);
    }

    @Override
    public void onLegEvent(LegEvent event) {
        legEvents.handle(event);
    }

    @Override
    public void onMediaEvent(MediaEvent event) {
        mediaEvents.fire(event);
    }

    @Override
    public void onRegistration(RegistrationEvent event) {
        trunkRegistrations.onEvent(event);
    }
}
