package org.parley.call;

/**
 * What the signalling side tells call control: a new call, and what happens on its legs. Facts about legs Parley no
 * longer tracks are ignored.
 */
public interface CallControl {

    /** Routes a new call and starts reaching its destination; refuses it through {@link CallSignalling}. */
    void incoming(IncomingCall call);

    void progress(String legId, int status, SessionDescription body);

    void answered(String legId, SessionDescription body);

    void failed(String legId, int status);

    void confirmed(String legId, SessionDescription ackBody);

    void cancelled(String legId);

    /** A leg's dialog ended; {@code byRemote} when its device hung up. */
    void ended(String legId, boolean byRemote);

    void modified(String legId, SessionDescription body);
}
