package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.AuthenticationHeader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.HeaderAddress;
import javax.sip.header.Parameters;
import javax.sip.header.ViaHeader;
import org.parley.sipconnector.NameAddress;
import org.parley.sipconnector.SipCredentials;
import org.parley.sipconnector.SipUri;
import org.parley.sipconnector.Via;

/** Turns JAIN-SIP's parsed header values into the connector API's records. */
final class HeaderViews {

    private HeaderViews() {
    }

    /** A URI; for SIP and SIPS URIs with its parts, for any other scheme with its text and scheme only. */
    static SipUri uri(URI uri) {
        if (uri instanceof SipURI sip) {
            return new SipUri(sip.toString(), sip.getScheme(), sip.getUser(), sip.getHost(), sip.getPort(),
                    parameters(sip.getParameterNames(), sip::getParameter));
        }
        return new SipUri(uri.toString(), uri.getScheme(), "", "", -1, Map.of());
    }

    /** From, To or Contact: display name, URI and header parameters (the tag among them). */
    static <H extends HeaderAddress & Parameters> NameAddress address(H header) {
        Address address = header.getAddress();
        if (address == null || address.getURI() == null) {
            throw new UnusableMessageException("an address header without an address");
        }
        return new NameAddress(address.getDisplayName(), uri(address.getURI()), parameters(header));
    }

    static Via via(ViaHeader via) {
        return new Via(via.getTransport(), via.getHost(), via.getPort(), parameters(via));
    }

    /** Authorization or Proxy-Authorization: scheme and parameters, names lower-case, values unquoted. */
    static SipCredentials credentials(AuthenticationHeader header) {
        return new SipCredentials(header.getScheme(), parameters(header));
    }

    static Map<String, String> parameters(Parameters parameters) {
        return parameters(parameters.getParameterNames(), parameters::getParameter);
    }

    private static Map<String, String> parameters(Iterator<?> names, UnaryOperator<String> value) {
        Map<String, String> result = new LinkedHashMap<>();
        while (names.hasNext()) {
            String name = String.valueOf(names.next());
            String v = value.apply(name);
            result.put(name.toLowerCase(Locale.ROOT), v == null ? "" : v);
        }
        return result;
    }
}
