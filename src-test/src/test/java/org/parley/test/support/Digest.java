package org.parley.test.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test phones' own digest computation (RFC 2617 / RFC 8760), written apart from the server's. */
public final class Digest {

    private static final Pattern PARAM = Pattern.compile("([A-Za-z0-9-]+)\\s*=\\s*(\"([^\"]*)\"|[^,\\s]+)");

    private Digest() {
    }

    public static String hash(String algorithm, String data) {
        String jca = algorithm.equalsIgnoreCase("SHA-256") ? "SHA-256" : "MD5";
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters of a {@code Digest …} challenge, names in lower case. */
    public static Map<String, String> challenge(String headerValue) {
        if (!headerValue.regionMatches(true, 0, "Digest ", 0, 7)) {
            throw new AssertionError("not a digest challenge: " + headerValue);
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(headerValue.substring(7));
        while (m.find()) {
            params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(3) != null ? m.group(3) : m.group(2));
        }
        return params;
    }

    /** An Authorization header value answering {@code challenge} with qop=auth. */
    public static String authorization(Map<String, String> challenge, String user, String password, String method,
            String uri, String nc, String cnonce) {
        String algorithm = challenge.getOrDefault("algorithm", "MD5");
        String realm = challenge.get("realm");
        String nonce = challenge.get("nonce");
        String ha1 = hash(algorithm, user + ":" + realm + ":" + password);
        String ha2 = hash(algorithm, method + ":" + uri);
        String response = hash(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        StringBuilder sb = new StringBuilder("Digest username=\"").append(user)
                .append("\", realm=\"").append(realm)
                .append("\", nonce=\"").append(nonce)
                .append("\", uri=\"").append(uri)
                .append("\", response=\"").append(response)
                .append("\", algorithm=").append(algorithm)
                .append(", qop=auth, nc=").append(nc)
                .append(", cnonce=\"").append(cnonce).append('"');
        if (challenge.containsKey("opaque")) {
            sb.append(", opaque=\"").append(challenge.get("opaque")).append('"');
        }
        return sb.toString();
    }
}
