package org.parley.sipconnector.media;

/** The media engine cannot serve a request: not running, no free port, or the endpoint is closed or unknown. */
public class MediaUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaUnavailableException(String message) {
        super(message);
    }

    public MediaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
