package org.parley.sipconnector.media;

/**
 * An SDP offer or answer Parley cannot use: not SDP, no audio stream, or no codec in common. The SIP answer to such an
 * offer is {@value #STATUS} Not Acceptable Here.
 */
public class MediaRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The SIP status an offer refused this way is answered with. */
    public static final int STATUS = 488;

    public MediaRefusedException(String message) {
        super(message);
    }
}
