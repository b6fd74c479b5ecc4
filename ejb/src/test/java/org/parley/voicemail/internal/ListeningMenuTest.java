package org.parley.voicemail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the menu says first (Asterisk's "you have N new messages"). */
class ListeningMenuTest {

    @Test
    void theSummaryCountsNewAndOldMessagesAndOffersToListenWhenThereIsSomething() {
        assertEquals(List.of("no-new-messages", "press-0-for-options"), ListeningMenu.summary(0, 0));
        assertEquals(List.of("no-new-messages", "you-have", "digit-2", "old-messages", "press-1-to-listen",
                "press-0-for-options"), ListeningMenu.summary(0, 2));
        assertEquals(List.of("you-have", "digit-1", "new-message", "press-1-to-listen", "press-0-for-options"),
                ListeningMenu.summary(1, 0));
        assertEquals(List.of("you-have", "number-20", "digit-3", "new-messages", "and", "digit-1", "old-message",
                "press-1-to-listen", "press-0-for-options"), ListeningMenu.summary(23, 1));
    }

    @Test
    void starNinetySevenAndStarNinetyEightAreTheMenu() {
        ListeningMenu menu = new ListeningMenu();
        assertEquals("*97", menu.forNumber("*97").orElseThrow().callee().number());
        assertEquals("*98", menu.forNumber("*98").orElseThrow().callee().number());
        assertEquals(true, menu.forNumber("2002").isEmpty());
    }
}
