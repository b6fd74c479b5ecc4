package org.parley.voicemail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the menu says first (Asterisk's "you have N new messages"). */
class ListeningMenuTest {

    @Test
    void theSummaryCountsNewMessagesAndOffersToListenWhenThereIsSomething() {
        assertEquals(List.of("no-new-messages"), ListeningMenu.summary(0, false));
        assertEquals(List.of("no-new-messages", "press-1-to-listen"), ListeningMenu.summary(0, true));
        assertEquals(List.of("you-have", "digit-1", "new-message", "press-1-to-listen"),
                ListeningMenu.summary(1, true));
        assertEquals(List.of("you-have", "number-20", "digit-3", "new-messages", "press-1-to-listen"),
                ListeningMenu.summary(23, true));
    }

    @Test
    void onlyStarNinetySevenIsTheMenu() {
        ListeningMenu menu = new ListeningMenu();
        assertEquals("*97", menu.forNumber("*97").orElseThrow().callee().number());
        assertEquals(true, menu.forNumber("*98").isEmpty());
        assertEquals(true, menu.forNumber("2002").isEmpty());
    }
}
