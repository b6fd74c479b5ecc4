package org.parley.sipconnector;

import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * Outbound side of the SIP connector, looked up as a connector resource.
 */
public interface SipConnectionFactory extends Serializable {

    /** A connection handle to the connector's SIP stack. */
    SipConnection getConnection() throws ResourceException;
}
