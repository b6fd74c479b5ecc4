package org.parley.web.call;

import org.parley.call.Party;

/** A party of a call in the REST API. */
public class PartyDto {

    public String number;
    public String name;

    static PartyDto of(Party p) {
        PartyDto d = new PartyDto();
        d.number = p.number();
        d.name = p.displayName().isBlank() ? null : p.displayName();
        return d;
    }
}
