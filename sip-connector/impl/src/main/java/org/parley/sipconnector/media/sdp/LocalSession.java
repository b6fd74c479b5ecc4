package org.parley.sipconnector.media.sdp;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code o=} line of one endpoint's SDP: a random session id and a version that grows by one each time the SDP
 * Parley writes differs from the previous one (RFC 3264 §8), and stays the same when it is sent again unchanged.
 */
public final class LocalSession {

    private final long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    private long version = id;
    private String previous;

    /**
     * The full SDP for {@code body} (everything after the {@code o=} line), with the version it deserves.
     *
     * @param address the connection address written in {@code o=}
     */
    public synchronized String write(String address, String body) {
        if (previous != null && !previous.equals(body)) {
            version++;
        }
        previous = body;
        return "v=0\r\no=parley " + id + " " + version + " IN " + SdpWriter.addressType(address) + " " + address
                + "\r\n" + body;
    }

    public synchronized long version() {
        return version;
    }
}
