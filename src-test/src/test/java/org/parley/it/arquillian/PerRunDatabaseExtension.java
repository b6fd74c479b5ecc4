package org.parley.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link PerRunDatabase} with Arquillian (client side, through {@code META-INF/services}). */
public class PerRunDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(PerRunDatabase.class);
    }
}
