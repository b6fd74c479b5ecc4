package org.parley.sipconnector.jain;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipConnectionFactory;

/**
 * Outbound side of the SIP connector: makes {@link SipConnectionFactory} instances whose connections send through the
 * associated {@link SipResourceAdapter}'s stack. Connections carry no state of their own, so any pooled one matches.
 */
@ConnectionDefinition(
        connectionFactory = SipConnectionFactory.class,
        connectionFactoryImpl = SipConnectionFactoryImpl.class,
        connection = SipConnection.class,
        connectionImpl = SipConnectionImpl.class)
public class SipManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient SipResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new SipConnectionFactoryImpl(this, connectionManager);
    }

    /** Outside a container: connections are created on demand and destroyed when closed. */
    @Override
    public Object createConnectionFactory() {
        return new SipConnectionFactoryImpl(this, new NonManagedConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new SipManagedConnection(this);
    }

    /** Any of this factory's connections will do; null when the set holds none (the JCA contract for no match). */
    @Override
    public ManagedConnection matchManagedConnections(@SuppressWarnings("rawtypes") Set candidates, Subject subject,
            ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof SipManagedConnection connection && connection.belongsTo(this)) {
                return connection;
            }
        }
        return null;
    }

    /** The running stack of the associated adapter, while it is started. */
    Optional<ConnectorRuntime> runtime() {
        return resourceAdapter == null ? Optional.empty() : resourceAdapter.runtime();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof SipResourceAdapter sip)) {
            throw new ResourceAdapterInternalException("SIP connections belong to the SIP connector, not " + adapter);
        }
        this.resourceAdapter = sip;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Without configuration properties, every SIP connection factory is interchangeable with another. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().getName().hashCode();
    }
}
