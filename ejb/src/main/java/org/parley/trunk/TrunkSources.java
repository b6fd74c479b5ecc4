package org.parley.trunk;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which enabled trunk a request's source address belongs to: an immutable table of every enabled trunk's
 * {@linkplain TrunkSettings#sourceBlocks() source blocks}, the most specific match first.
 */
public final class TrunkSources {

    private record Entry(AddressBlock block, TrunkView trunk) {
    }

    private final List<Entry> entries;

    public TrunkSources(Collection<TrunkView> trunks) {
        List<Entry> list = new ArrayList<>();
        for (TrunkView t : trunks) {
            if (!t.enabled()) {
                continue;
            }
            AddressBlock.parse(t.host()).ifPresent(b -> list.add(new Entry(b, t)));
            for (String source : t.allowedSources()) {
                AddressBlock.parse(source).ifPresent(b -> list.add(new Entry(b, t)));
            }
        }
        list.sort(Comparator.comparingInt((Entry e) -> -e.block().prefixLength())
                .thenComparing(e -> e.trunk().name()));
        this.entries = List.copyOf(list);
    }

    /** The trunk {@code ipAddress} belongs to; empty when none, or when it is not an IP literal. */
    public Optional<TrunkView> match(String ipAddress) {
        Optional<InetAddress> address = IpLiterals.parse(ipAddress);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            if (e.block().contains(address.get())) {
                return Optional.of(e.trunk());
            }
        }
        return Optional.empty();
    }
}
