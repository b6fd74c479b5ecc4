package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.parley.registrar.ContactAddress.NO_PORT;
import static org.parley.registrar.Contacts.sip;
import static org.parley.registrar.Contacts.uri;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equivalence of contact URIs, with the examples of RFC 3261 §19.1.4. */
class ContactAddressTest {

    private static void same(ContactAddress a, ContactAddress b) {
        assertEquals(a.key(), b.key(), a.text() + " vs " + b.text());
    }

    private static void different(ContactAddress a, ContactAddress b) {
        assertNotEquals(a.key(), b.key(), a.text() + " vs " + b.text());
    }

    @Test
    void escapedUnreservedCharactersAndCaseOfHostAndParameters() {
        // sip:%61lice@atlanta.com;transport=TCP  ==  sip:alice@AtLanTa.CoM;Transport=tcp
        same(sip("%61lice", "atlanta.com", NO_PORT, "transport", "TCP"),
                sip("alice", "AtLanTa.CoM", NO_PORT, "Transport", "tcp"));
    }

    @Test
    void parametersOutsideTheListAreIgnored() {
        // sip:carol@chicago.com == sip:carol@chicago.com;newparam=5 == sip:carol@chicago.com;security=on
        ContactAddress plain = sip("carol", "chicago.com", NO_PORT);
        same(plain, sip("carol", "chicago.com", NO_PORT, "newparam", "5"));
        same(plain, sip("carol", "chicago.com", NO_PORT, "security", "on"));
        same(plain, sip("carol", "chicago.com", NO_PORT, "ob", ""));
    }

    @Test
    void parameterOrderDoesNotMatter() {
        // sip:biloxi.com;transport=tcp;method=REGISTER == sip:biloxi.com;method=REGISTER;transport=tcp
        same(sip("", "biloxi.com", NO_PORT, "transport", "tcp", "method", "REGISTER"),
                sip("", "biloxi.com", NO_PORT, "method", "REGISTER", "transport", "tcp"));
    }

    @Test
    void theUserPartIsCaseSensitive() {
        // SIP:ALICE@AtLanTa.CoM;Transport=udp != sip:alice@AtLanTa.CoM;Transport=UDP
        different(uri("SIP", "ALICE", "AtLanTa.CoM", NO_PORT, "Transport", "udp"),
                sip("alice", "AtLanTa.CoM", NO_PORT, "Transport", "UDP"));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        same(uri("SIP", "alice", "atlanta.com", NO_PORT), sip("alice", "atlanta.com", NO_PORT));
        different(uri("sips", "alice", "atlanta.com", NO_PORT), sip("alice", "atlanta.com", NO_PORT));
    }

    @Test
    void anAbsentPortIsNot5060() {
        // sip:bob@biloxi.com != sip:bob@biloxi.com:5060
        different(sip("bob", "biloxi.com", NO_PORT), sip("bob", "biloxi.com", 5060));
        same(sip("bob", "biloxi.com", 5060), sip("bob", "BILOXI.com", 5060));
    }

    @Test
    void anAbsentTransportIsNotUdp() {
        // sip:bob@biloxi.com != sip:bob@biloxi.com;transport=udp
        different(sip("bob", "biloxi.com", NO_PORT), sip("bob", "biloxi.com", NO_PORT, "transport", "udp"));
        // sip:bob@biloxi.com != sip:bob@biloxi.com:6000;transport=tcp
        different(sip("bob", "biloxi.com", NO_PORT), sip("bob", "biloxi.com", 6000, "transport", "tcp"));
    }

    @Test
    void userTtlMethodAndMaddrCountEvenWithTheirDefault() {
        ContactAddress plain = sip("bob", "biloxi.com", NO_PORT);
        different(plain, sip("bob", "biloxi.com", NO_PORT, "user", "ip"));
        different(plain, sip("bob", "biloxi.com", NO_PORT, "ttl", "1"));
        different(plain, sip("bob", "biloxi.com", NO_PORT, "method", "INVITE"));
        different(plain, sip("bob", "biloxi.com", NO_PORT, "maddr", "239.255.255.1"));
        different(sip("bob", "biloxi.com", NO_PORT, "maddr", "239.255.255.1"),
                sip("bob", "biloxi.com", NO_PORT, "maddr", "239.255.255.2"));
        same(sip("bob", "biloxi.com", NO_PORT, "user", "phone"), sip("bob", "biloxi.com", NO_PORT, "USER", "Phone"));
    }

    @Test
    void aHostNameIsNotItsAddress() {
        // sip:bob@phone21.boxesbybob.com != sip:bob@192.0.2.4
        different(sip("bob", "phone21.boxesbybob.com", NO_PORT), sip("bob", "192.0.2.4", NO_PORT));
    }

    @Test
    void escapedReservedCharactersDifferFromTheCharacter() {
        different(sip("a%3Bb", "h", NO_PORT), sip("a;b", "h", NO_PORT));
        same(sip("a%3bb", "h", NO_PORT), sip("a%3Bb", "h", NO_PORT));
        different(sip("a%2541", "h", NO_PORT), sip("a%41", "h", NO_PORT));
    }

    @Test
    void ipv6ReferencesCompareWithoutCase() {
        same(sip("201", "[2001:DB8::1]", 5060), sip("201", "[2001:db8::1]", 5060));
        different(sip("201", "[2001:db8::1]", NO_PORT), sip("201", "[2001:db8::1]", 5060));
    }

    @Test
    void keepsTheTextAsReceived() {
        ContactAddress address = new ContactAddress("<sip:201@192.0.2.10:5062;ob>", "sip", "201", "192.0.2.10",
                5062, Map.of("OB", ""));

        assertEquals("<sip:201@192.0.2.10:5062;ob>", address.text());
        assertEquals(Map.of("ob", ""), address.params());
    }

    @Test
    void refusesWhatIsNoUri() {
        assertThrows(IllegalArgumentException.class, () -> sip("201", "", NO_PORT));
        assertThrows(IllegalArgumentException.class, () -> sip("a@b", "h", NO_PORT));
        assertThrows(IllegalArgumentException.class, () -> sip("201", "h", 0));
        assertThrows(IllegalArgumentException.class, () -> sip("201", "h", 65_536));
        assertThrows(IllegalArgumentException.class, () -> sip("201", "2001:db8::1", NO_PORT));
        assertThrows(IllegalArgumentException.class, () -> sip("201", "h;x", NO_PORT));
        assertThrows(IllegalArgumentException.class, () -> uri("1sip", "201", "h", NO_PORT));
        assertThrows(IllegalArgumentException.class, () -> sip("201", "h", NO_PORT, "transport", "udp;user=x"));
        assertThrows(IllegalArgumentException.class,
                () -> new ContactAddress(" ", "sip", "201", "h", NO_PORT, Map.of()));
    }
}
