package org.parley.sipconnector.jain;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;

/**
 * The connection manager outside a container (JCA non-managed use, tests): no pool, a managed connection per
 * handle, destroyed when the handle is closed.
 */
final class NonManagedConnectionManager implements ConnectionManager {

    private static final long serialVersionUID = 1L;

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        ManagedConnection managed = factory.createManagedConnection(null, info);
        managed.addConnectionEventListener(new DestroyOnClose(managed));
        return managed.getConnection(null, info);
    }

    private record DestroyOnClose(ManagedConnection managed) implements ConnectionEventListener {

        @Override
        public void connectionClosed(ConnectionEvent event) {
            try {
                managed.destroy();
            } catch (ResourceException e) {
                throw new IllegalStateException("Cannot destroy a closed SIP connection", e);
            }
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
            // no transactions
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
            // no transactions
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
            // no transactions
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            connectionClosed(event);
        }
    }
}
