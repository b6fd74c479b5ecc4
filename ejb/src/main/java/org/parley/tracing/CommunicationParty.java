package org.parley.tracing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** A stored sender or recipient: one of a contact, a company, a user or a bare number. */
@Embeddable
public class CommunicationParty {

    @Column(name = "contact")
    private Long contact;

    @Column(name = "company")
    private Long company;

    @Column(name = "user_name", length = 64)
    private String user;

    @Column(name = "number", length = 64)
    private String number;

    protected CommunicationParty() {
        // for JPA
    }

    /** The stored form of a checked input; empty for none. */
    public static Optional<CommunicationParty> of(PartyInput p) {
        if (p == null || p.given() == 0) {
            return Optional.empty();
        }
        CommunicationParty party = new CommunicationParty();
        party.contact = p.getContact();
        party.company = p.getCompany();
        party.user = p.getUser();
        party.number = p.getNumber();
        return Optional.of(party);
    }

    public Optional<Long> contact() {
        return Optional.ofNullable(contact);
    }

    public Optional<Long> company() {
        return Optional.ofNullable(company);
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public PartyInput input() {
        return new PartyInput(contact, company, user, number);
    }
}
