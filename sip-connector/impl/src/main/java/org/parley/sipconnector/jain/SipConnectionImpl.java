package org.parley.sipconnector.jain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.sipconnector.DialogKey;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipListeningPoint;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SubscriptionDialog;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.MediaConnection;

/** The application's handle to the connector's stack; usable until closed. */
public class SipConnectionImpl implements SipConnection {

    private volatile SipManagedConnection managed;

    SipConnectionImpl(SipManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public void respond(String transactionKey, SipResponseSpec response) {
        running().respond(transactionKey, response);
    }

    @Override
    public String invite(OutboundInvite invite) {
        return running().invite(invite);
    }

    @Override
    public void cancel(String legId) {
        running().cancel(legId);
    }

    @Override
    public void acknowledge(String legId, SipBody answer) {
        running().acknowledge(legId, answer);
    }

    @Override
    public void bridge(String legA, String legB) {
        running().bridge(legA, legB);
    }

    @Override
    public void hangup(String legId) {
        running().hangup(legId);
    }

    @Override
    public void unbridge(String legId) {
        running().unbridge(legId);
    }

    @Override
    public void sendInDialog(String legId, String method, List<SipHeader> headers, SipBody body) {
        running().sendInDialog(legId, method, headers, body);
    }

    @Override
    public void notify(SubscriptionDialog dialog, long cseq, List<SipHeader> headers, SipBody body) {
        running().notify(dialog, cseq, headers, body);
    }

    @Override
    public void reoffer(String legId, SipBody offer) {
        running().reoffer(legId, offer);
    }

    @Override
    public Optional<String> legOf(DialogKey dialog) {
        return running().legOf(dialog);
    }

    @Override
    public void register(OutboundRegistration registration) {
        running().register(registration);
    }

    @Override
    public void unregister(String key) {
        running().unregister(key);
    }

    @Override
    public MediaConnection media() {
        return running().media();
    }

    @Override
    public void blockSource(String address, Instant until) {
        running().blockSource(address, until);
    }

    @Override
    public void discard(String transactionKey) {
        running().discard(transactionKey);
    }

    @Override
    public void unblockSource(String address) {
        running().unblockSource(address);
    }

    private ConnectorRuntime running() {
        return managed().runtime().orElseThrow(() -> new SipSendException("The SIP connector is not running"));
    }

    @Override
    public List<SipListeningPoint> listeningPoints() {
        return managed().runtime().map(ConnectorRuntime::listeningPoints).orElse(List.of());
    }

    @Override
    public long failedSends() {
        return managed().runtime().map(ConnectorRuntime::failedSends).orElse(0L);
    }

    @Override
    public Optional<String> advertisedHost() {
        return managed().runtime().map(ConnectorRuntime::advertisedHost);
    }

    @Override
    public void close() {
        SipManagedConnection closing = managed;
        managed = null;
        if (closing != null) {
            closing.detach(this, true);
        }
    }

    /** Re-associates this handle with another managed connection (JCA connection sharing). */
    void moveTo(SipManagedConnection target) {
        SipManagedConnection previous = managed;
        managed = target;
        if (previous != null && previous != target) {
            previous.detach(this, false);
        }
    }

    /** The managed connection was cleaned up or destroyed: the handle is dead. */
    void invalidate() {
        managed = null;
    }

    private SipManagedConnection managed() {
        SipManagedConnection current = managed;
        if (current == null) {
            throw new IllegalStateException("This SIP connection is closed");
        }
        return current;
    }
}
