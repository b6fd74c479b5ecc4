package org.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which requested pages the login page may send the browser back to. */
class ReturnToTest {

    @Test
    void consolePagesAreRemembered() {
        assertTrue(ConsoleAuthentication.isPage("/"));
        assertTrue(ConsoleAuthentication.isPage("/extensions.xhtml"));
    }

    @Test
    void resourcesAndOtherSitesAreNot() {
        assertFalse(ConsoleAuthentication.isPage("/favicon.ico"));
        assertFalse(ConsoleAuthentication.isPage("//evil.example/x.xhtml"), "a browser reads //host as another site");
        assertFalse(ConsoleAuthentication.isPage("/\\evil.example/x.xhtml"));
        assertFalse(ConsoleAuthentication.isPage("extensions.xhtml"));
    }
}
