package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.call.CallMedia;
import org.parley.call.SessionDescription;
import org.parley.media.SoundLibrary;
import org.parley.media.SoundNotFoundException;
import org.parley.sipconnector.MediaConnection;
import org.parley.sipconnector.MediaRefusedException;
import org.parley.sipconnector.Negotiation;
import org.parley.sipconnector.Sound;

/** Call control's media port, carried out by the connector's media engine with sounds from the sound library. */
@ApplicationScoped
public class ConnectorCallMedia implements CallMedia {

    @Inject
    SipResponder sip;

    @Inject
    SoundLibrary sounds;

    @Override
    public Answered answer(String legId, SessionDescription offer) {
        return sip.withConnection(c -> {
            MediaConnection media = c.media();
            String endpoint = media.open(legId);
            try {
                Negotiation n = media.answer(endpoint, SdpBodies.of(offer));
                return new Answered(endpoint, SdpBodies.of(n.answer()));
            } catch (MediaRefusedException e) {
                media.close(endpoint);
                throw new Refused(e.getMessage());
            }
        });
    }

    @Override
    public void play(String endpointId, String soundName) {
        Sound sound = sounds.sound(soundName).orElseThrow(() -> new SoundNotFoundException("no sound " + soundName));
        sip.withConnection(c -> {
            c.media().play(endpointId, sound);
            return null;
        });
    }

    @Override
    public void close(String endpointId) {
        sip.withConnection(c -> {
            c.media().close(endpointId);
            return null;
        });
    }
}
