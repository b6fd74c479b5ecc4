package org.parley.sipconnector.media.sdp;

/** SDP text that breaks RFC 4566's grammar; the message says which line and why. */
public class SdpException extends Exception {

    private static final long serialVersionUID = 1L;

    public SdpException(String message) {
        super(message);
    }
}
