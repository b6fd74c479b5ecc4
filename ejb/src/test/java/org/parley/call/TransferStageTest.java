package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.platform.state.TransitionTable;

/** Walks the transfer stages' table: every allowed transition, one illegal one per stage, and nothing else. */
class TransferStageTest {

    /** Every transition the table allows, as "from trigger to". */
    private static final List<String> ALLOWED = List.of(
            "RINGING COMPLETE COMPLETING",
            "RINGING JOIN JOINING",
            "RINGING RETURN RETURNING",
            "JOINING CONSULT CONSULTING",
            "JOINING COMPLETE COMPLETING",
            "JOINING RETURN RETURNING",
            "CONSULTING COMPLETE COMPLETING",
            "CONSULTING RETURN RETURNING");

    @ParameterizedTest
    @CsvSource({
        "RINGING, COMPLETE, COMPLETING",
        "RINGING, JOIN, JOINING",
        "JOINING, CONSULT, CONSULTING",
        "JOINING, COMPLETE, COMPLETING",
        "JOINING, RETURN, RETURNING",
        "CONSULTING, COMPLETE, COMPLETING",
        "CONSULTING, RETURN, RETURNING"})
    void allowedTransitionsLeadWhereTheyShould(TransferStage from, TransferStage.Trigger trigger,
            TransferStage to) {
        assertEquals(to, TransferStage.TABLE.require(from, trigger));
    }

    @ParameterizedTest
    @CsvSource({
        "RINGING, CONSULT",
        "JOINING, JOIN",
        "CONSULTING, JOIN",
        "COMPLETING, COMPLETE",
        "RETURNING, RETURN"})
    void oneIllegalTransitionPerStageThrows(TransferStage from, TransferStage.Trigger trigger) {
        assertThrows(TransitionTable.IllegalTransition.class, () -> TransferStage.TABLE.require(from, trigger));
    }

    @Test
    void theTableHoldsExactlyTheTransitionsWalkedHere() {
        List<String> found = new ArrayList<>();
        for (TransferStage from : TransferStage.values()) {
            for (TransferStage.Trigger trigger : TransferStage.Trigger.values()) {
                TransferStage.TABLE.next(from, trigger).ifPresent(to -> found.add(from + " " + trigger + " " + to));
            }
        }
        assertEquals(Set.copyOf(ALLOWED), Set.copyOf(found));
        assertEquals(ALLOWED.size(), found.size());
    }

    @Test
    void everyStageIsReachableFromRinging() {
        Set<TransferStage> reached = EnumSet.of(TransferStage.RINGING);
        ALLOWED.forEach(t -> reached.add(TransferStage.valueOf(t.split(" ")[2])));
        assertEquals(EnumSet.allOf(TransferStage.class), reached);
    }

    @Test
    void anIllegalMoveOfATransferIsLoggedAndThrown() {
        Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
        Party alice = new Party("2001", "Alice");
        Party bob = new Party("2002", "Bob");
        Call call = new Call("c9", CallDirection.INTERNAL, alice, bob, Optional.empty(), t0);
        CallLeg a = new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, t0);
        CallLeg b = new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, t0);
        Transfers transfers = new Transfers(call, new CallLegs("c9", CallDirection.INTERNAL));
        Transfer transfer = new ConsultTransfer(transfers, new TransferRequest(TransferRequest.Mode.ATTENDED,
                new Party("2003", "Carol"), Optional.empty(), Optional.empty(), Optional.empty()), b, a);
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(Transfer.class.getName());
        logger.addHandler(handler);
        try {
            assertThrows(TransitionTable.IllegalTransition.class, () -> transfer.move(TransferStage.Trigger.CONSULT));
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(TransferStage.RINGING, transfer.stage(), "an illegal move leaves the stage as it was");
        assertEquals(1, logged.size());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(java.text.MessageFormat.format(logged.get(0).getMessage(), logged.get(0).getParameters())
                .contains("c9"), "the log line names the call");
    }
}
