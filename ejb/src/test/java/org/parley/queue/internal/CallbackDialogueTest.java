package org.parley.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.media.Prompts;

/** The number-confirmation dialogue of a queue callback: what the caller hears after each key. */
class CallbackDialogueTest {

    /** International numbers (here: anything starting +44) are refused, as the toll-fraud rules would. */
    private static Optional<String> refusal(String number) {
        return number.startsWith("+44") || number.startsWith("0044") ? Optional.of("international") : Optional.empty();
    }

    private static final CallbackDialogue.Say NOTHING = new CallbackDialogue.Say(List.of());

    @Test
    void theCallerIdIsSaidDigitByDigitAndOneConfirmsIt() {
        CallbackDialogue d = new CallbackDialogue("+3225", CallbackDialogueTest::refusal);
        assertEquals(List.of(Prompts.CALLBACK_NUMBER_IS, "digit-3", "digit-2", "digit-2", "digit-5",
                Prompts.PRESS_1_TO_CONFIRM_OR_ENTER_NUMBER), d.opening());
        assertEquals(new CallbackDialogue.Confirmed("+3225"), d.key('1'));
    }

    @Test
    void anotherNumberEndedByHashIsTakenInstead() {
        CallbackDialogue d = new CallbackDialogue("2001", CallbackDialogueTest::refusal);
        assertEquals(NOTHING, d.key('0'));
        assertEquals(NOTHING, d.key('2'));
        assertEquals(NOTHING, d.key('1'));
        assertEquals(new CallbackDialogue.Confirmed("021"), d.key('#'));
    }

    @Test
    void aRefusedNumberIsSaidToBeRefusedAndAskedForAgain() {
        CallbackDialogue d = new CallbackDialogue("+442071234567", CallbackDialogueTest::refusal);
        assertEquals(new CallbackDialogue.Say(List.of(Prompts.CALLBACK_NUMBER_REFUSED, Prompts.ENTER_CALLBACK_NUMBER)),
                d.key('1'));
        "0044207".chars().forEach(c -> d.key((char) c));
        assertEquals(new CallbackDialogue.Say(List.of(Prompts.CALLBACK_NUMBER_REFUSED, Prompts.ENTER_CALLBACK_NUMBER)),
                d.key('#'));
        "022".chars().forEach(c -> d.key((char) c));
        assertEquals(new CallbackDialogue.Confirmed("022"), d.key('#'));
    }

    @Test
    void starStartsTheNumberAgainAndHashAloneRepeatsTheQuestion() {
        CallbackDialogue d = new CallbackDialogue("2001", CallbackDialogueTest::refusal);
        d.key('9');
        d.key('*');
        assertEquals(new CallbackDialogue.Say(d.opening()), d.key('#'));
        d.key('5');
        assertEquals(new CallbackDialogue.Confirmed("5"), d.key('#'));
    }

    @Test
    void aCallerWithoutUsableCallerIdIsAskedForANumber() {
        CallbackDialogue d = new CallbackDialogue("anonymous", CallbackDialogueTest::refusal);
        assertEquals(List.of(Prompts.ENTER_CALLBACK_NUMBER), d.opening());
        assertEquals(NOTHING, d.key('1'));
        assertEquals(new CallbackDialogue.Confirmed("1"), d.key('#'));
    }
}
