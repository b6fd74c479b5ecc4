package org.parley.sipconnector.jain;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;

/** An INVITE server transaction of ours that a CANCEL can end: a new leg's INVITE, or a re-INVITE being relayed. */
interface CancelTarget {

    /** The CANCEL arrived on {@code cancelTransaction}; answer it and end what it cancels. */
    void cancelled(ServerTransaction cancelTransaction, Request cancel);
}
