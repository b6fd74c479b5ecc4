package org.parley.sipconnector.jain;

import java.util.Objects;
import javax.sip.ServerTransaction;
import javax.sip.TransactionState;
import javax.sip.message.Request;

/**
 * A server transaction handed to the application, under the opaque key the application answers it by.
 *
 * @param key         the key given out as {@code SipRequest.transactionKey()}
 * @param transaction JAIN-SIP's server transaction
 * @param method      the request's method
 * @param localTag    the To tag every response of this transaction carries when the request's To had none;
 *                    empty when the request already names one
 * @param legId       the leg the request opens or belongs to; empty for none
 */
record InboundTransaction(String key, ServerTransaction transaction, String method, String localTag, String legId) {

    InboundTransaction(String key, ServerTransaction transaction, String method, String localTag) {
        this(key, transaction, method, localTag, "");
    }

    InboundTransaction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(localTag, "localTag");
        Objects.requireNonNull(legId, "legId");
    }

    boolean isInvite() {
        return Request.INVITE.equals(method);
    }

    /** Whether a final response went out (RFC 3261 §17.2: the transaction left Trying and Proceeding). */
    boolean isAnswered() {
        TransactionState state = transaction.getState();
        return state != null && state != TransactionState.TRYING && state != TransactionState.PROCEEDING;
    }
}
