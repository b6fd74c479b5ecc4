package org.parley.trunk;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address or CIDR block ({@code 192.0.2.10}, {@code 198.51.100.0/24}, {@code 2001:db8::/32}) that a
 * trunk's requests may come from. Bits beyond the prefix length are ignored ({@code 192.0.2.10/24} is the /24).
 *
 * @param text         as written by the administrator
 * @param network      the address part
 * @param prefixLength leading bits that must match: 0–32 for IPv4, 0–128 for IPv6
 */
public record AddressBlock(String text, InetAddress network, int prefixLength) {

    public AddressBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(network, "network");
        if (prefixLength < 0 || prefixLength > network.getAddress().length * 8) {
            throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
        }
    }

    /** Reads an address or CIDR block; empty when {@code text} is neither. */
    public static Optional<AddressBlock> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        Optional<InetAddress> network = IpLiterals.parse(address);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        int maxBits = network.get().getAddress().length * 8;
        int bits = maxBits;
        if (slash >= 0) {
            String length = t.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}")) {
                return Optional.empty();
            }
            bits = Integer.parseInt(length);
            if (bits > maxBits) {
                return Optional.empty();
            }
        }
        return Optional.of(new AddressBlock(t, network.get(), bits));
    }

    /** Whether {@code address} lies in this block (an IPv4 address is never in an IPv6 block, and the reverse). */
    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        byte[] n = network.getAddress();
        if (a.length != n.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != n[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (n[full] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
