package org.parley.registrar;

import java.util.HashMap;
import java.util.Map;
import org.parley.directory.DigestAlgorithm;

/** Answers digest challenges the way a phone does (RFC 2617 §3.2.2 with qop=auth). */
final class TestPhone {

    private final String username;
    private final String password;
    private int nc;

    TestPhone(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** Credentials for {@code challenge}, with the next nonce count. */
    DigestCredentials answer(DigestChallenge challenge, String method, String uri) {
        nc++;
        return answer(challenge, method, uri, nc);
    }

    /** Credentials for {@code challenge} with a chosen nonce count. */
    DigestCredentials answer(DigestChallenge challenge, String method, String uri, int count) {
        return new DigestCredentials(parameters(challenge, method, uri, count));
    }

    /** The parameters of an answer, for tests that tamper with them. */
    Map<String, String> parameters(DigestChallenge challenge, String method, String uri, int count) {
        DigestAlgorithm algorithm = challenge.algorithm();
        String ncText = String.format("%08x", count);
        String cnonce = "cn" + count;
        String ha1 = algorithm.ha1(username, challenge.realm(), password);
        Map<String, String> parameters = new HashMap<>();
        parameters.put("username", username);
        parameters.put("realm", challenge.realm());
        parameters.put("nonce", challenge.nonce());
        parameters.put("uri", uri);
        parameters.put("algorithm", algorithm.token());
        parameters.put("qop", "auth");
        parameters.put("nc", ncText);
        parameters.put("cnonce", cnonce);
        parameters.put("response",
                DigestResponse.compute(algorithm, ha1, method, uri, challenge.nonce(), ncText, cnonce, "auth"));
        return parameters;
    }
}
