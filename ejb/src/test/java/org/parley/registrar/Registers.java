package org.parley.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds REGISTER requests for tests: extension 201 at pbx.example.com unless told otherwise. */
final class Registers {

    private String requestUri = "sip:pbx.example.com";
    private String user = "201";
    private String host = "pbx.example.com";
    private String callId = "call-1@phone";
    private long cseq = 1;
    private final List<ContactRequest> contacts = new ArrayList<>();
    private boolean wildcard;
    private OptionalInt expires = OptionalInt.empty();
    private final List<DigestCredentials> credentials = new ArrayList<>();
    private String transport = "UDP";
    private String source = "192.0.2.10:5060";
    private Optional<String> userAgent = Optional.of("TestPhone/1.0");

    static Registers register() {
        return new Registers();
    }

    Registers user(String value) {
        user = value;
        return this;
    }

    Registers host(String value) {
        host = value;
        return this;
    }

    Registers requestUri(String value) {
        requestUri = value;
        return this;
    }

    Registers callId(String value) {
        callId = value;
        return this;
    }

    Registers cseq(long value) {
        cseq = value;
        return this;
    }

    Registers contact(ContactRequest value) {
        contacts.add(value);
        return this;
    }

    Registers contact(ContactAddress value) {
        return contact(ContactRequest.of(value));
    }

    Registers wildcard() {
        wildcard = true;
        return this;
    }

    Registers expires(int seconds) {
        expires = OptionalInt.of(seconds);
        return this;
    }

    Registers credentials(DigestCredentials value) {
        credentials.add(value);
        return this;
    }

    Registers source(String value) {
        source = value;
        return this;
    }

    Registers transport(String value) {
        transport = value;
        return this;
    }

    Registers userAgent(String value) {
        userAgent = Optional.of(value);
        return this;
    }

    RegisterRequest build() {
        return new RegisterRequest(requestUri, user, host, callId, cseq, contacts, wildcard, expires, credentials,
                transport, source, userAgent);
    }
}
