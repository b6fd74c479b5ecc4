package org.parley.security;

/**
 * Event: a console user's password, roles or enabled state changed (fired inside the transaction; observe after
 * success), so that whatever remembered their sign-in forgets it.
 *
 * @param username the user
 */
public record ConsoleUserChanged(String username) {
}
