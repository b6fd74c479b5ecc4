package org.parley.sipconnector.jain;

import gov.nist.javax.sip.SipStackImpl;
import java.util.Objects;
import jakarta.resource.spi.ManagedConnectionMetaData;

/** Describes the stack behind a SIP connection. */
final class SipConnectionMetaData implements ManagedConnectionMetaData {

    @Override
    public String getEISProductName() {
        return "JAIN-SIP RI";
    }

    @Override
    public String getEISProductVersion() {
        return Objects.requireNonNullElse(SipStackImpl.class.getPackage().getImplementationVersion(), "unknown");
    }

    /** No limit: a connection is only a handle on the shared stack. */
    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public String getUserName() {
        return "";
    }
}
