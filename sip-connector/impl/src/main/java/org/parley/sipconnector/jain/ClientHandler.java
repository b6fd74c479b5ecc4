package org.parley.sipconnector.jain;

import javax.sip.ResponseEvent;

/**
 * What handles the answers to a request the connector sent: set as its client transaction's application data, so
 * JAIN-SIP's events find it without a table (and it goes when the transaction goes).
 */
interface ClientHandler {

    /** Ignores every answer (a CANCEL's 200, a fork's BYE). */
    ClientHandler IGNORE = new ClientHandler() {
        @Override
        public void response(ResponseEvent event) {
            // nothing depends on it
        }

        @Override
        public void timeout() {
            // nothing depends on it
        }
    };

    /** A response arrived (retransmitted 2xx included, as long as the transaction lingers). */
    void response(ResponseEvent event);

    /** The transaction timed out (Timer B/F), or JAIN-SIP reported a transport failure as a timeout. */
    void timeout();
}
