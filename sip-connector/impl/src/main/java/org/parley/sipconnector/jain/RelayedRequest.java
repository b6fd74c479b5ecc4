package org.parley.sipconnector.jain;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;

/** Relays the partner's final answer to a request other than re-INVITE/UPDATE back to the sender. */
final class RelayedRequest implements ClientHandler {

    private final CallContext ctx;
    private final InDialogAnswers answers;
    private final ServerTransaction transaction;
    private final Request request;

    RelayedRequest(CallContext ctx, InDialogAnswers answers, ServerTransaction transaction, Request request) {
        this.ctx = ctx;
        this.answers = answers;
        this.transaction = transaction;
        this.request = request;
    }

    @Override
    public void response(ResponseEvent event) {
        if (event.getResponse().getStatusCode() >= 200) {
            answers.relay(transaction, Relaying.response(ctx.out.messages, request, event.getResponse(), null));
        }
    }

    @Override
    public void timeout() {
        answers.answer(transaction, 408, "");
    }
}
