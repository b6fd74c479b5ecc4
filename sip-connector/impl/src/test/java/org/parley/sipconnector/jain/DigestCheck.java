package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A registrar's or proxy's side of digest authentication, for checking what the connector answered (RFC 7616). */
final class DigestCheck {

    private static final Pattern PARAM = Pattern.compile("([a-zA-Z-]+)=(\"([^\"]*)\"|[^,\\s]+)");

    private DigestCheck() {
    }

    /** The parameters of an Authorization or Proxy-Authorization value, unquoted. */
    static Map<String, String> parameters(String credentials) {
        Map<String, String> params = new HashMap<>();
        Matcher m = PARAM.matcher(credentials.replaceFirst("^Digest\\s+", ""));
        while (m.find()) {
            params.put(m.group(1).toLowerCase(), m.group(3) != null ? m.group(3) : m.group(2));
        }
        return params;
    }

    /** Whether the credentials prove {@code password} for {@code method} (qop=auth or none; no -sess). */
    static boolean valid(String credentials, String method, String password, String jcaAlgorithm) throws Exception {
        Map<String, String> p = parameters(credentials);
        String ha1 = hash(jcaAlgorithm, p.get("username") + ":" + p.get("realm") + ":" + password);
        String ha2 = hash(jcaAlgorithm, method + ":" + p.get("uri"));
        String expected = p.containsKey("qop")
                ? hash(jcaAlgorithm, ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":"
                        + p.get("qop") + ":" + ha2)
                : hash(jcaAlgorithm, ha1 + ":" + p.get("nonce") + ":" + ha2);
        return expected.equals(p.get("response"));
    }

    private static String hash(String algorithm, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
