package org.parley.security;

/**
 * A token just created, with its secret: the only time the secret is available. Show it once and forget it.
 *
 * @param token  the token as it will be listed
 * @param secret the secret to send as {@code Authorization: Bearer <secret>}
 */
public record NewApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[" + token + ", secret=<hidden>]";
    }
}
