package org.parley.sipconnector.jain;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Timer;

/** The bootstrap context a container gives the adapter at start: here only a work manager matters. */
final class FakeBootstrapContext implements BootstrapContext {

    private final WorkManager workManager;

    FakeBootstrapContext(WorkManager workManager) {
        this.workManager = workManager;
    }

    @Override
    public WorkManager getWorkManager() {
        return workManager;
    }

    @Override
    public XATerminator getXATerminator() {
        throw new UnsupportedOperationException("no transactions in these tests");
    }

    @Override
    public Timer createTimer() {
        throw new UnsupportedOperationException("the adapter uses no container timer");
    }

    @Override
    public boolean isContextSupported(Class<? extends WorkContext> workContextClass) {
        return false;
    }

    @Override
    public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
        throw new UnsupportedOperationException("no transactions in these tests");
    }
}
