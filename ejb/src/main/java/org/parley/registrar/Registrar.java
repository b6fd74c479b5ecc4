package org.parley.registrar;

/** Serves REGISTER requests (RFC 3261 §10.3). */
public interface Registrar {

    /** Authenticates the request and applies it to the bindings of its address of record. */
    RegisterOutcome register(RegisterRequest request);

    /**
     * Checks digest credentials of another request (an INVITE's Proxy-Authorization) the way REGISTER's are checked:
     * same realm, nonces and rules; the username must be {@code username}.
     */
    /**
     * Digest authentication of a request other than REGISTER (e.g. INVITE) as {@code username}; over a WebSocket
     * ({@code transport} {@code WS}/{@code WSS}) the browser phone's issued credential is accepted too.
     */
    AuthResult authenticate(String method, java.util.List<DigestCredentials> credentials, String username,
                            String transport);
}
