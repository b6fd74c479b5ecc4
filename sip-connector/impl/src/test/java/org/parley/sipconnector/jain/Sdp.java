package org.parley.sipconnector.jain;

/** Small SDP bodies for call-flow tests. */
final class Sdp {

    private Sdp() {
    }

    /** An offer or answer from {@code who}, sending and receiving (or {@code direction}) on {@code port}. */
    static String of(String who, int port, String direction) {
        return "v=0\r\n"
                + "o=" + who + " 1 1 IN IP4 127.0.0.1\r\n"
                + "s=-\r\n"
                + "c=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\n"
                + "m=audio " + port + " RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"
                + "a=" + direction + "\r\n";
    }

    static String of(String who, int port) {
        return of(who, port, "sendrecv");
    }
}
