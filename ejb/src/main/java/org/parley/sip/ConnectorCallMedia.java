package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import jakarta.inject.Inject;
import org.parley.call.CallMedia;
import org.parley.call.SessionDescription;
import org.parley.media.MusicClass;
import org.parley.media.MusicClassNotFoundException;
import org.parley.media.MusicOnHold;
import org.parley.media.SoundLibrary;
import org.parley.media.SoundNotFoundException;
import org.parley.sipconnector.MediaConnection;
import org.parley.sipconnector.MediaRefusedException;
import org.parley.sipconnector.MediaUnavailableException;
import org.parley.sipconnector.Negotiation;
import org.parley.sipconnector.Sound;

/** Call control's media port, carried out by the connector's media engine with sounds from the sound library. */
@ApplicationScoped
public class ConnectorCallMedia implements CallMedia {

    /** How long a key press Parley sends lasts (RFC 4733 events of 100 ms, as phones send them). */
    private static final int DTMF_MILLIS = 100;

    @Inject
    SipResponder sip;

    @Inject
    SoundLibrary sounds;

    @Inject
    MusicOnHold music;

    @Override
    public Answered answer(String legId, SessionDescription offer) {
        return opening(() -> sip.withConnection(c -> {
            MediaConnection media = c.media();
            String endpoint = media.open(legId);
            try {
                Negotiation n = media.answer(endpoint, SdpBodies.of(offer));
                return new Answered(endpoint, SdpBodies.of(n.answer()));
            } catch (MediaRefusedException e) {
                media.close(endpoint);
                throw new Refused(e.getMessage());
            }
        }));
    }

    @Override
    public Offered offer(String legId, org.parley.call.MediaKind kind) {
        return opening(() -> sip.withConnection(c -> {
            MediaConnection media = c.media();
            String endpoint = media.open(legId, kind == org.parley.call.MediaKind.WEBRTC
                    ? org.parley.sipconnector.MediaKind.WEBRTC : org.parley.sipconnector.MediaKind.RTP);
            return new Offered(endpoint, SdpBodies.of(media.offer(endpoint)));
        }));
    }

    /** Opening an endpoint the engine cannot serve (no free port, not running) is {@link Unavailable}. */
    private static <T> T opening(java.util.function.Supplier<T> open) {
        try {
            return open.get();
        } catch (MediaUnavailableException | SipResponder.SipUnavailable e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }

    @Override
    public SessionDescription reanswer(String endpointId, SessionDescription offer) {
        return sip.withConnection(c -> {
            try {
                return SdpBodies.of(c.media().answer(endpointId, SdpBodies.of(offer)).answer());
            } catch (MediaRefusedException e) {
                throw new Refused(e.getMessage());
            }
        });
    }

    @Override
    public void accept(String endpointId, SessionDescription answer) {
        engine(media -> media.accept(endpointId, SdpBodies.of(answer)));
    }

    @Override
    public void connect(String endpointA, String endpointB) {
        engine(media -> media.connect(endpointA, endpointB));
    }

    @Override
    public void disconnect(String endpointId) {
        engine(media -> media.disconnect(endpointId));
    }

    @Override
    public void play(String endpointId, String soundName) {
        Sound sound = sound(soundName);
        engine(media -> media.play(endpointId, sound));
    }

    @Override
    public void play(String endpointId, List<String> soundNames, boolean loop) {
        List<Sound> list = soundNames.stream().map(this::sound).toList();
        engine(media -> media.play(endpointId, list, loop));
    }

    @Override
    public void playAudio(String endpointId, String name, byte[] mulaw) {
        Sound audio = new Sound(name, mulaw);
        engine(media -> media.play(endpointId, List.of(audio), false));
    }

    @Override
    public void playMusic(String endpointId, String musicClass) {
        List<Sound> playlist;
        try {
            playlist = music.playlist(musicClass);
        } catch (MusicClassNotFoundException e) {
            playlist = music.playlist(MusicClass.DEFAULT);
        }
        List<Sound> list = playlist;
        engine(media -> media.play(endpointId, list, true));
    }

    @Override
    public void stop(String endpointId) {
        engine(media -> media.stop(endpointId));
    }

    @Override
    public void record(String endpointId, Path wav, Duration endOnSilence) {
        engine(media -> media.record(endpointId, wav, endOnSilence));
    }

    @Override
    public void stopRecording(String endpointId) {
        engine(media -> media.stopRecording(endpointId));
    }

    @Override
    public void sendDtmf(String endpointId, char digit) {
        engine(media -> media.sendDtmf(endpointId, digit, DTMF_MILLIS));
    }

    @Override
    public void close(String endpointId) {
        engine(media -> media.close(endpointId));
    }

    private Sound sound(String name) {
        return sounds.sound(name).orElseThrow(() -> new SoundNotFoundException("no sound " + name));
    }

    private void engine(Consumer<MediaConnection> work) {
        sip.withConnection(c -> {
            work.accept(c.media());
            return null;
        });
    }
}
