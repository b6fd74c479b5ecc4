package org.parley.sipconnector.jain;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.io.Serializable;
import org.parley.sipconnector.SipMessageListener;

/**
 * Activation of a {@link SipMessageListener} endpoint (a message-driven bean) on the SIP connector. It has no
 * properties: every message the connector receives goes to the one activated endpoint.
 */
@Activation(messageListeners = SipMessageListener.class)
public class SipActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;

    /** Nothing to check: the activation has no properties. */
    @Override
    public void validate() throws InvalidPropertyException {
        // no properties, hence no invalid combination of them
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof SipResourceAdapter)) {
            throw new ResourceAdapterInternalException("A SIP activation belongs to the SIP connector, not " + adapter);
        }
        this.resourceAdapter = adapter;
    }
}
