package org.parley.sipconnector.jain;

import gov.nist.javax.sip.message.SIPRequest;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.Timeout;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponse;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * JAIN-SIP's listener. Runs on the stack's own threads and only decides, does SIP mechanics and schedules: a request
 * gets its server transaction (so retransmissions stay in the stack); one within a leg's dialog, an ACK or CANCEL of a
 * leg, and the answers to the connector's own requests are handled by {@link ConnectorControl} without the application;
 * anything else is refused with 503 when no endpoint is active or too many messages are in flight (a new call's INVITE
 * also when {@link CallAdmission} is full), and is otherwise handed to a {@link Delivery} on the work manager (a new
 * leg's INVITE through the leg's lane).
 */
final class InboundDispatcher implements SipListener {

    private static final Logger LOG = Logger.getLogger(InboundDispatcher.class.getName());

    private static final SipResponseSpec OVERLOADED =
            SipResponseSpec.status(503).header("Retry-After", "1").build();
    private static final SipResponseSpec NO_ENDPOINT =
            SipResponseSpec.status(503).reason("No SIP Endpoint Active").build();

    private final SipProvider provider;
    private final ServerTransactions transactions;
    private final InFlightLimit limit;
    private final MessageEndpoints endpoints;
    private final WorkManager workManager;
    private final MessageViews views;
    private final Responder responder;
    private final ConnectorControl calls;
    private final SourceFilter sources;
    private final SendFailures sendFailures;
    private final CallAdmission admission;

    InboundDispatcher(SipProvider provider, ServerTransactions transactions, InFlightLimit limit,
            MessageEndpoints endpoints, WorkManager workManager, MessageViews views, Responder responder,
            CallContext calls, SourceFilter sources, CallAdmission admission) {
        this.sources = sources;
        this.admission = admission;
        this.provider = provider;
        this.transactions = transactions;
        this.limit = limit;
        this.endpoints = endpoints;
        this.workManager = workManager;
        this.views = views;
        this.responder = responder;
        this.calls = new ConnectorControl(calls, transactions, this::deliverInDialog);
        this.sendFailures = calls.sendFailures;
    }

    ConnectorControl calls() {
        return calls;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        if (sources.drops(request)) {
            return;
        }
        if (Request.ACK.equals(request.getMethod())) {
            if (!calls.ack(request)) {
                dispatchAck(request);
            }
            return;
        }
        Rfc2543.complete(request);
        Optional<ServerTransaction> transaction = Optional.ofNullable(event.getServerTransaction())
                .or(() -> openTransaction(request));
        Optional<SipResponseSpec> refusal = request instanceof TransactionMatchedRequest matched
                ? matched.refusal() : Optional.empty();
        if (refusal.isPresent()) {
            LOG.log(Level.FINE, "{0} request refused {1}", new Object[] {request.getMethod(), refusal.get().statusCode()});
            transaction.ifPresent(st -> refuse(st, refusal.get()));
        } else {
            transaction.ifPresent(st -> route(st, request));
        }
    }

    /** A CANCEL of a pending INVITE and a request within a leg's dialog stay in the connector. */
    private void route(ServerTransaction st, Request request) {
        if (Request.CANCEL.equals(request.getMethod())) {
            if (calls.cancel(st, request)) {
                return;
            }
        } else if (request.getHeader(ToHeader.NAME) instanceof ToHeader to && to.getTag() != null) {
            Optional<Leg> leg = calls.legOf(request);
            if (leg.isPresent()) {
                calls.inDialog.handle(leg.get(), st, request);
                return;
            }
        }
        dispatch(st, request);
    }

    /**
     * Opens the server transaction of a new request. A request JAIN-SIP parsed but that is unusable (a required
     * header missing, CSeq method not the request's) is answered 400 without one.
     */
    private Optional<ServerTransaction> openTransaction(Request request) {
        try {
            ((SIPRequest) request).checkHeaders();
        } catch (ParseException e) {
            LOG.log(Level.FINE, "Unusable {0} request ({1}); answered 400",
                    new Object[] {request.getMethod(), e.getMessage()});
            answerStatelessly(request, SipResponseSpec.status(400).reason(ReasonPhrases.of(400, e.getMessage())).build());
            return Optional.empty();
        }
        try {
            return Optional.of(provider.getNewServerTransaction(request));
        } catch (TransactionAlreadyExistsException e) {
            LOG.log(Level.FINE, "Retransmitted {0} request absorbed", request.getMethod());
            return Optional.empty();
        } catch (TransactionUnavailableException e) {
            LOG.log(Level.FINE, "No server transaction for {0} ({1}); answered 503",
                    new Object[] {request.getMethod(), e.getMessage()});
            answerStatelessly(request, OVERLOADED);
            return Optional.empty();
        }
    }

    private void dispatch(ServerTransaction st, Request request) {
        Optional<MessageEndpointFactory> endpoint = endpoints.current();
        if (endpoint.isEmpty()) {
            LOG.log(Level.FINE, "No SIP endpoint active; {0} answered 503", request.getMethod());
            refuse(st, NO_ENDPOINT);
            return;
        }
        if (!limit.tryEnter()) {
            refuse(st, OVERLOADED);
            return;
        }
        String localTag = localTagFor(request);
        boolean opensLeg = Request.INVITE.equals(request.getMethod()) && !localTag.isEmpty();
        String legId = opensLeg ? calls.newLegId() : "";
        InboundTransaction tx = transactions.register(st, request.getMethod(), localTag, legId);
        SipRequest view = view(tx, request, opensLeg ? legId : null);
        if (view == null) {
            return;
        }
        if (opensLeg) {
            if (!admission.tryAdmit()) {
                release(tx, OVERLOADED);
                return;
            }
            calls.incoming.open(tx, request, admittedItem(tx, view));
        } else {
            schedule(new RequestDelivery(endpoint.get(), limit, tx, view, calls::respond));
        }
    }

    /** REFER (and any in-dialog request the connector leaves to the application): delivered through its leg's lane. */
    private void deliverInDialog(Leg leg, ServerTransaction st, Request request) {
        if (endpoints.current().isEmpty()) {
            refuse(st, NO_ENDPOINT);
            return;
        }
        if (!limit.tryEnter()) {
            refuse(st, OVERLOADED);
            return;
        }
        InboundTransaction tx = transactions.register(st, request.getMethod(), "", leg.id);
        SipRequest view = view(tx, request, leg.id);
        if (view != null) {
            leg.lane.submit(laneItem(tx, view));
        }
    }

    /** The view of a request holding a permit; null (and answered, permit given back) when it cannot be built. */
    private SipRequest view(InboundTransaction tx, Request request, String legId) {
        try {
            return views.request(request, tx.key(), legId, tx.localTag());
        } catch (UnusableMessageException e) {
            LOG.log(Level.FINE, "Unusable {0} request ({1}); answered 400",
                    new Object[] {request.getMethod(), e.getMessage()});
            release(tx, SipResponseSpec.status(400).reason(ReasonPhrases.of(400, e.getMessage())).build());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot translate a " + request.getMethod() + " request; answered 500", e);
            release(tx, SipResponseSpec.status(500).build());
        }
        return null;
    }

    /** A request delivered in its leg's turn; it holds the permit the dispatcher took. */
    private LaneItem laneItem(InboundTransaction tx, SipRequest view) {
        return new LaneItem(view, true, false,
                (endpoint, permits) -> new RequestDelivery(endpoint, permits, tx, view, calls::respond),
                () -> answer(tx, NO_ENDPOINT));
    }

    /** A new call's INVITE: its place in {@link CallAdmission} is given back once its delivery is over. */
    private LaneItem admittedItem(InboundTransaction tx, SipRequest view) {
        return new LaneItem(view, true, false,
                (endpoint, permits) -> new RequestDelivery(endpoint, permits, tx, view, calls::respond)
                        .onSettled(admission::settled),
                () -> {
                    admission.settled();
                    answer(tx, NO_ENDPOINT);
                });
    }

    private void answer(InboundTransaction tx, SipResponseSpec spec) {
        try {
            calls.respond(tx.key(), spec);
        } catch (SipSendException e) {
            sendFailures.record(LOG, "Could not answer {0}: {1}", new Object[] {tx.method(), e.getMessage()});
        }
    }

    private static String localTagFor(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getTag() == null ? LocalTags.next() : "";
    }

    /** Gives back what {@link #dispatch} took for a request that will not be delivered, and answers it. */
    private void release(InboundTransaction tx, SipResponseSpec answer) {
        limit.exit();
        try {
            responder.respond(tx.key(), answer);
        } catch (SipSendException e) {
            sendFailures.record(LOG, "Could not answer {0}: {1}", new Object[] {tx.method(), e.getMessage()});
        } finally {
            transactions.remove(tx.key());
        }
    }

    /** An ACK no leg expects has no transaction and no answer: delivered with a key that names none, or dropped. */
    private void dispatchAck(Request request) {
        Optional<MessageEndpointFactory> endpoint = endpoints.current();
        if (endpoint.isEmpty() || !limit.tryEnter()) {
            LOG.log(Level.FINE, "ACK dropped: no endpoint active or too many messages in flight");
            return;
        }
        SipRequest view;
        try {
            view = views.request(request, transactions.keyWithoutTransaction());
        } catch (UnusableMessageException e) {
            limit.exit();
            LOG.log(Level.FINE, "Unusable ACK dropped ({0})", e.getMessage());
            return;
        }
        schedule(new EventDelivery(endpoint.get(), limit, view, listener -> listener.onRequest(view)));
    }

    @Override
    public void processResponse(ResponseEvent event) {
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof ClientHandler handler) {
            handler.response(event);
            return;
        }
        if (calls.strayResponse(event.getResponse())) {
            return;
        }
        Optional<MessageEndpointFactory> endpoint = endpoints.current();
        if (endpoint.isEmpty() || !limit.tryEnter()) {
            LOG.log(Level.FINE, "Response dropped: no endpoint active or too many messages in flight");
            return;
        }
        SipResponse view;
        try {
            view = views.response(event.getResponse(), clientKey(transaction));
        } catch (UnusableMessageException e) {
            limit.exit();
            LOG.log(Level.FINE, "Unusable response dropped ({0})", e.getMessage());
            return;
        }
        schedule(new EventDelivery(endpoint.get(), limit, view, listener -> listener.onResponse(view)));
    }

    private static String clientKey(ClientTransaction transaction) {
        return transaction != null && transaction.getApplicationData() instanceof String key ? key : null;
    }

    private void schedule(Delivery delivery) {
        try {
            workManager.scheduleWork(delivery, WorkManager.INDEFINITE, null, Delivery.REFUSALS);
        } catch (WorkException e) {
            delivery.refused(e);
        }
    }

    private void refuse(ServerTransaction st, SipResponseSpec answer) {
        try {
            responder.answer(st, answer);
        } catch (SipSendException e) {
            sendFailures.record(LOG, "Could not refuse a request: {0}", e.getMessage());
        }
    }

    private void answerStatelessly(Request request, SipResponseSpec answer) {
        try {
            responder.answerStatelessly(request, answer);
        } catch (SipSendException e) {
            sendFailures.record(LOG, "Could not answer a request statelessly: {0}", e.getMessage());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            calls.serverTransactionEnded(event.getServerTransaction());
            transactions.forget(event.getServerTransaction());
            LOG.log(Level.FINE, "Server transaction timed out ({0})", event.getTimeout());
        } else if (event.getTimeout() == Timeout.TRANSACTION && event.getClientTransaction() != null
                && event.getClientTransaction().getApplicationData() instanceof ClientHandler handler) {
            handler.timeout();
        }
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        if (event.isServerTransaction()) {
            transactions.forget(event.getServerTransaction());
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.log(Level.FINE, "SIP I/O error towards {0}:{1} over {2}",
                new Object[] {event.getHost(), event.getPort(), event.getTransport()});
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // automatic dialog support is off and the connector keeps its own dialogs: JAIN-SIP creates none to end
    }
}
