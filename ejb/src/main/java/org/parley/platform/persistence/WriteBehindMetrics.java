package org.parley.platform.persistence;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A write-behind queue on {@code /metrics}, tagged {@code facts=<name>}: {@code parley_write_behind_pending} (facts
 * waiting), {@code parley_write_behind_set_aside_total} (facts the database refused on their own) and
 * {@code parley_write_behind_refused_total} (facts refused because the queue was full).
 */
public final class WriteBehindMetrics {

    static final String PENDING = "parley_write_behind_pending";
    static final String SET_ASIDE = "parley_write_behind_set_aside_total";
    static final String REFUSED = "parley_write_behind_refused_total";

    private WriteBehindMetrics() {
    }

    public static void publish(MetricRegistry registry, String facts, WriteBehindQueue<?> queue) {
        Tag tag = new Tag("facts", facts);
        registry.gauge(metadata(PENDING, "Facts waiting to be stored"), queue, WriteBehindQueue::pending, tag);
        registry.gauge(metadata(SET_ASIDE, "Facts the database refused on their own, set aside (see the log)"), queue,
                WriteBehindQueue::setAside, tag);
        registry.gauge(metadata(REFUSED, "Facts refused because too many waited to be stored (see the log)"), queue,
                WriteBehindQueue::refused, tag);
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withUnit(MetricUnits.NONE).withDescription(description).build();
    }
}
