package org.parley.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressBlockTest {

    private static AddressBlock block(String text) {
        return AddressBlock.parse(text).orElseThrow(() -> new AssertionError("not a block: " + text));
    }

    private static InetAddress ip(String literal) {
        return IpLiterals.parse(literal).orElseThrow(() -> new AssertionError("not an IP: " + literal));
    }

    @Test
    void anIpv4CidrBlockContainsItsAddresses() {
        AddressBlock b = block("198.51.100.0/24");

        assertTrue(b.contains(ip("198.51.100.0")));
        assertTrue(b.contains(ip("198.51.100.255")));
        assertFalse(b.contains(ip("198.51.101.0")));
        assertFalse(b.contains(ip("198.51.99.255")));
    }

    @Test
    void prefixLengthsThatCutAByte() {
        AddressBlock b = block("203.0.113.64/26");

        assertTrue(b.contains(ip("203.0.113.64")));
        assertTrue(b.contains(ip("203.0.113.127")));
        assertFalse(b.contains(ip("203.0.113.128")));
        assertFalse(b.contains(ip("203.0.113.63")));
    }

    @Test
    void aSingleAddressIsASlash32() {
        AddressBlock b = block("192.0.2.10");

        assertEquals(32, b.prefixLength());
        assertTrue(b.contains(ip("192.0.2.10")));
        assertFalse(b.contains(ip("192.0.2.11")));
    }

    @Test
    void hostBitsBeyondThePrefixAreIgnored() {
        assertTrue(block("192.0.2.10/24").contains(ip("192.0.2.200")));
    }

    @Test
    void slashZeroContainsEveryAddressOfItsFamily() {
        assertTrue(block("0.0.0.0/0").contains(ip("8.8.8.8")));
        assertFalse(block("0.0.0.0/0").contains(ip("2001:db8::1")));
        assertTrue(block("::/0").contains(ip("2001:db8::1")));
    }

    @Test
    void ipv6Blocks() {
        AddressBlock b = block("2001:db8:abcd::/48");

        assertTrue(b.contains(ip("2001:db8:abcd::1")));
        assertTrue(b.contains(ip("2001:db8:abcd:ffff:ffff:ffff:ffff:ffff")));
        assertFalse(b.contains(ip("2001:db8:abce::1")));
        assertEquals(128, block("2001:db8::1").prefixLength());
        assertTrue(block("[2001:db8::1]").contains(ip("[2001:db8::1]")));
    }

    @Test
    void prefixLengthsThatCutAnIpv6Byte() {
        AddressBlock b = block("2001:db8::/29");

        assertTrue(b.contains(ip("2001:dbf:ffff::1")));
        assertFalse(b.contains(ip("2001:dc0::1")));
    }

    @Test
    void anIpv4AddressIsNeverInAnIpv6Block() {
        assertFalse(block("::/0").contains(ip("192.0.2.1")));
        assertFalse(block("192.0.2.0/24").contains(ip("2001:db8::1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0/33", "10.0.0.300", "10.0.0", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8",
            "2001:db8::/129", "2001:db8::g", "sip.carrier.example", "localhost", "10.0.0.0/abc", "1.2.3.4.5",
            "fe80::1%eth0"})
    void whatIsNotABlock(String text) {
        assertTrue(AddressBlock.parse(text).isEmpty(), text);
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertTrue(IpLiterals.parse("localhost").isEmpty());
        assertTrue(IpLiterals.parse("example.invalid").isEmpty());
    }

    @Test
    void validSipHosts() {
        assertTrue(HostNames.isValid("sip.carrier.example"));
        assertTrue(HostNames.isValid("sip.carrier.example."));
        assertTrue(HostNames.isValid("192.0.2.10"));
        assertTrue(HostNames.isValid("2001:db8::1"));
        assertTrue(HostNames.isValid("carrier"));
        assertFalse(HostNames.isValid("300.1.1.1"));
        assertFalse(HostNames.isValid("sip..carrier"));
        assertFalse(HostNames.isValid("-sip.carrier"));
        assertFalse(HostNames.isValid("sip carrier"));
        assertFalse(HostNames.isValid("sip.carrier.example:5060"));
        assertFalse(HostNames.isValid(""));
    }
}
