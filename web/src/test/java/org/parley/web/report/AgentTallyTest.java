package org.parley.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.agent.AgentState;
import org.parley.agent.AgentView;

/** Where the wallboard counts an agent. */
class AgentTallyTest {

    @Test
    void eachAgentCountsInTheColumnOfTheirState() {
        AgentTally tally = new AgentTally();
        tally.add(agent("2001", AgentState.AVAILABLE, false, null));
        tally.add(agent("2002", AgentState.AVAILABLE, true, null));
        tally.add(agent("2003", AgentState.RINGING, false, null));
        tally.add(agent("2004", AgentState.IN_CALL, false, null));
        tally.add(agent("2005", AgentState.WRAP_UP, false, null));
        tally.add(agent("2006", AgentState.PAUSED, false, "lunch"));
        tally.add(agent("2007", AgentState.PAUSED, false, null));
        tally.add(AgentView.loggedOut("2008", Instant.EPOCH));
        tally.addLoggedOff();

        assertEquals(1, tally.getAvailable());
        assertEquals(2, tally.getOnCall(), "an agent on a call of their own is on a call");
        assertEquals(1, tally.getRinging());
        assertEquals(1, tally.getWrapUp());
        assertEquals(2, tally.getPaused());
        assertEquals(2, tally.getLoggedOff());
        assertEquals(List.of("2006: lunch", "2007"), tally.getPauses());
        assertEquals("2006: lunch, 2007", tally.getPausesText());
    }

    private static AgentView agent(String extension, AgentState state, boolean busy, String reason) {
        return new AgentView(extension, state, Instant.EPOCH, busy, state == AgentState.AVAILABLE && !busy,
                Optional.ofNullable(reason), false, Optional.empty(), Optional.empty(), Set.of(1L));
    }
}
