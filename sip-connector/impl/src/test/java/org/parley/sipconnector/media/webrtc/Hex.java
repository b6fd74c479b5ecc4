package org.parley.sipconnector.media.webrtc;

import java.util.HexFormat;

/** Test vectors written as hex, spaces allowed. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }
}
