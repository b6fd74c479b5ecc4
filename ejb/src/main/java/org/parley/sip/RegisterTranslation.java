package org.parley.sip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.parley.registrar.ContactAddress;
import org.parley.registrar.ContactRequest;
import org.parley.registrar.DigestCredentials;
import org.parley.registrar.RegisterRequest;
import org.parley.sipconnector.NameAddress;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipUri;

/** Reads a REGISTER's SIP view into the registrar's {@link RegisterRequest}. */
final class RegisterTranslation {

    private RegisterTranslation() {
    }

    /** @throws IllegalArgumentException when the request cannot be a valid REGISTER (answered 400) */
    static RegisterRequest of(SipRequest request) {
        SipUri to = request.to().uri();
        if (!to.isSip() || to.user().isEmpty()) {
            throw new IllegalArgumentException("To must be a SIP URI with a user part");
        }
        List<ContactRequest> contacts = request.contacts().stream().map(RegisterTranslation::contact).toList();
        List<DigestCredentials> credentials = request.authorizations().stream()
                .filter(c -> "digest".equalsIgnoreCase(c.scheme()))
                .map(c -> new DigestCredentials(c.parameters()))
                .toList();
        return new RegisterRequest(request.requestUri().text(), to.user(), to.host(), request.callId(),
                request.cseq().number(), contacts, request.contactWildcard(), request.expires(), credentials,
                request.transport(), request.remote().toString(), request.userAgent());
    }

    private static ContactRequest contact(NameAddress contact) {
        SipUri uri = contact.uri();
        String host = uri.host();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        ContactAddress address = new ContactAddress(uri.text(), uri.scheme(), uri.user(), host, uri.port(),
                uri.parameters());
        return new ContactRequest(address, expiresOf(contact), contact.parameter("q").map(q -> q.toLowerCase(Locale.ROOT)));
    }

    /** The contact's expires parameter; one that is not a non-negative integer is ignored (RFC 3261 §10.3 step 7). */
    private static OptionalInt expiresOf(NameAddress contact) {
        Optional<String> value = contact.parameter("expires");
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            long seconds = Long.parseLong(value.get().trim());
            return seconds < 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(seconds, Integer.MAX_VALUE));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
