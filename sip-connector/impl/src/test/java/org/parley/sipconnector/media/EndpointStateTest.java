package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EndpointStateTest {

    @Test
    void anEndpointNegotiatesAgainUntilItIsClosedAndNeverAfter() {
        EndpointState state = EndpointState.OPEN.on(EndpointState.Trigger.NEGOTIATE);
        assertEquals(EndpointState.NEGOTIATED, state);
        assertEquals(EndpointState.NEGOTIATED, state.on(EndpointState.Trigger.NEGOTIATE), "re-negotiation");
        assertEquals(EndpointState.CLOSED, EndpointState.OPEN.on(EndpointState.Trigger.CLOSE));
        assertEquals(EndpointState.CLOSED, state.on(EndpointState.Trigger.CLOSE));
        assertThrows(MediaUnavailableException.class,
                () -> EndpointState.CLOSED.on(EndpointState.Trigger.NEGOTIATE));
    }
}
