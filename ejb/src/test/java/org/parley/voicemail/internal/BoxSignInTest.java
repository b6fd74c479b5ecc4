package org.parley.voicemail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.voicemail.SignInStage;

/** {@code *98}'s keys: entries ended by {@code #}, the box then the PIN, three wrong PINs refused. */
class BoxSignInTest {

    private final BoxSignIn signIn = new BoxSignIn("call", "leg", "endpoint", "2001");

    @Test
    void digitsUpToPoundAreOneEntryOfAtMostTenDigits() {
        assertEquals(Optional.empty(), signIn.key('7'));
        assertEquals(Optional.empty(), signIn.key('*'));
        assertEquals(Optional.empty(), signIn.key('0'));
        assertEquals(Optional.of("70"), signIn.key('#'));
        "123456789012".chars().forEach(c -> signIn.key((char) c));
        assertEquals(Optional.of("1234567890"), signIn.key('#'));
        assertEquals(Optional.of(""), signIn.key('#'));
    }

    @Test
    void theBoxThenThePinAndTheThirdWrongPinIsRefused() {
        assertEquals(SignInStage.BOX_NUMBER, signIn.stage());
        signIn.boxEntered("7000");
        assertEquals("7000", signIn.box());
        assertEquals(SignInStage.PIN, signIn.stage());
        signIn.move(SignInStage.Trigger.PIN_TYPED);
        assertEquals(Optional.empty(), signIn.key('1'), "keys are held while the PIN is checked");
        assertEquals(Optional.empty(), signIn.key('#'));
        assertTrue(signIn.wrongPin());
        assertEquals("1#", signIn.takeHeld());
        assertEquals("", signIn.takeHeld());
        signIn.move(SignInStage.Trigger.PIN_TYPED);
        assertTrue(signIn.wrongPin());
        assertEquals(SignInStage.PIN, signIn.stage());
        signIn.move(SignInStage.Trigger.PIN_TYPED);
        assertFalse(signIn.wrongPin());
        assertEquals(SignInStage.REFUSED, signIn.stage());
    }
}
