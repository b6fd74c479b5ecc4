package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A message the connector could not send is counted and logged where an operator sees it (INFO, not FINE). */
class SendFailuresTest {

    @Test
    void aFailedSendIsCountedAndLoggedAtInfo() {
        Logger log = Logger.getLogger("org.parley.sipconnector.jain.SendFailuresTest.sample");
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        try {
            SendFailures failures = new SendFailures();
            failures.record(log, "BYE on {0} not sent: {1}", new Object[] {"leg-1", "no route"});
            failures.record(log, "Could not refuse a request: {0}", "transport closed");

            assertEquals(2, failures.count());
            assertEquals(2, records.size());
            assertEquals(Level.INFO, records.get(0).getLevel());
            assertEquals(List.of("leg-1", "no route"), List.of(records.get(0).getParameters()));
            assertEquals(List.of("transport closed"), List.of(records.get(1).getParameters()));
        } finally {
            log.removeHandler(capture);
        }
    }
}
