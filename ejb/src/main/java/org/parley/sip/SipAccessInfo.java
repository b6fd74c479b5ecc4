package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parley.platform.config.SipDomain;
import org.parley.sipconnector.SipConnection;

/** Reads {@link SipAccess} from the running connector. */
@ApplicationScoped
public class SipAccessInfo {

    @Inject
    SipResponder responder;

    @Inject
    SipDomain domain;

    /** The SIP domain, the advertised address and the listening transports; "not listening" while SIP is down. */
    public SipAccess current() {
        try {
            return responder.withConnection(this::read);
        } catch (SipResponder.SipUnavailable e) {
            return new SipAccess(domain.name(), "not listening", List.of());
        }
    }

    private SipAccess read(SipConnection connection) {
        List<SipAccess.Transport> transports = connection.listeningPoints().stream()
                .map(p -> new SipAccess.Transport(p.transport().toUpperCase(Locale.ROOT), p.port()))
                .distinct().sorted(Comparator.comparing(t -> "UDP".equals(t.name()) ? "" : t.name())).toList();
        return new SipAccess(domain.name(), connection.advertisedHost().orElse("not listening"), transports);
    }
}
