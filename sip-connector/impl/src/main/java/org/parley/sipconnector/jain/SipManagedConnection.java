package org.parley.sipconnector.jain;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A pooled "connection" to the connector's stack. It holds no socket (the adapter owns them); it hands out
 * {@link SipConnectionImpl} handles and tells the container when one is closed.
 */
public class SipManagedConnection implements ManagedConnection {

    private final SipManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<SipConnectionImpl> handles = ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    SipManagedConnection(SipManagedConnectionFactory factory) {
        this.factory = factory;
    }

    boolean belongsTo(SipManagedConnectionFactory candidate) {
        return factory.equals(candidate);
    }

    Optional<ConnectorRuntime> runtime() {
        return factory.runtime();
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        SipConnectionImpl handle = new SipConnectionImpl(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof SipConnectionImpl handle)) {
            throw new NotSupportedException("Not a SIP connection handle: " + connection);
        }
        handle.moveTo(this);
        handles.add(handle);
    }

    /** Called by a handle being closed or moved to another managed connection. */
    void detach(SipConnectionImpl handle, boolean closed) {
        handles.remove(handle);
        if (closed) {
            ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
            event.setConnectionHandle(handle);
            for (ConnectionEventListener listener : listeners) {
                listener.connectionClosed(event);
            }
        }
    }

    @Override
    public void cleanup() {
        invalidateHandles();
    }

    @Override
    public void destroy() {
        invalidateHandles();
        listeners.clear();
    }

    private void invalidateHandles() {
        for (SipConnectionImpl handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("The SIP connector does not take part in transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("The SIP connector does not take part in transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new SipConnectionMetaData();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
