package org.parley.sipconnector.jain;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipConnectionFactory;

/** The connection factory the application looks up; connections come from the container's connection manager. */
public class SipConnectionFactoryImpl implements SipConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final SipManagedConnectionFactory managedFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    SipConnectionFactoryImpl(SipManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public SipConnection getConnection() throws ResourceException {
        return (SipConnection) connectionManager.allocateConnection(managedFactory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
