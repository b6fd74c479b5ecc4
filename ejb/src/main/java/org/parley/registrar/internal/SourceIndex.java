package org.parley.registrar.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.registrar.Binding;
import org.parley.registrar.BindingTable;
import org.parley.registrar.InMemoryBindingTable;

/**
 * Which addresses registered phones send from, kept in step with the bindings, so that a request from an address no
 * phone registered from (a scanner) can be refused before any work.
 */
final class SourceIndex implements BindingTable.Listener {

    private final Map<String, Set<String>> hostsByAor = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> bindingsByHost = new ConcurrentHashMap<>();
    private InMemoryBindingTable table;

    void attach(InMemoryBindingTable bindingTable) {
        this.table = bindingTable;
    }

    @Override
    public void changed(String aor) {
        Set<String> now = new HashSet<>();
        for (Binding b : table.get(aor).bindings()) {
            now.add(hostOf(b.source()));
        }
        synchronized (this) {
            Set<String> before = now.isEmpty() ? hostsByAor.remove(aor) : hostsByAor.put(aor, now);
            if (before != null) {
                before.forEach(h -> bindingsByHost.computeIfPresent(h, (k, n) -> n.decrementAndGet() <= 0 ? null : n));
            }
            now.forEach(h -> bindingsByHost.computeIfAbsent(h, k -> new AtomicInteger()).incrementAndGet());
        }
    }

    boolean contains(String host) {
        return bindingsByHost.containsKey(host);
    }

    /** The host of {@code ip:port} or {@code [ipv6]:port}. */
    static String hostOf(String source) {
        if (source.startsWith("[")) {
            int end = source.indexOf(']');
            return end < 0 ? source : source.substring(1, end);
        }
        int colon = source.lastIndexOf(':');
        return colon < 0 ? source : source.substring(0, colon);
    }
}
