package org.parley.dialplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An outbound route: numbers of a class (and optionally an E.164 prefix) leave through a trunk; the routes are tried
 * by priority, lowest first. Emergency numbers are short numbers, so an emergency route has no prefix.
 */
@Entity
@Table(name = "outbound_route")
public class OutboundRoute {

    /** Route names: lower-case letters, digits and dashes, 1 to 32. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,32}");
    /** An E.164 prefix: a plus and 1 to 15 digits. */
    public static final Pattern PREFIX = Pattern.compile("\\+[0-9]{1,15}");
    public static final int MAX_PRIORITY = 9999;

    @Id
    @SequenceGenerator(name = "outbound_route_seq", sequenceName = "outbound_route_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_route_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 32)
    private String name;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "number_class", nullable = false, length = 16)
    private RouteClass numberClass;

    @Column(name = "prefix", length = 16)
    private String prefix;

    @Column(name = "trunk_name", nullable = false, length = 32)
    private String trunkName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected OutboundRoute() {
        // for JPA
    }

    public OutboundRoute(OutboundRule rule, Instant now) {
        Objects.requireNonNull(rule, "rule");
        if (!NAME.matcher(rule.name()).matches()) {
            throw new IllegalArgumentException("route name must be 1 to 32 of a-z, 0-9, '-': " + rule.name());
        }
        this.name = rule.name();
        this.createdAt = utc(now);
        change(rule, now);
    }

    /** Changes everything but the name. */
    public void change(OutboundRule rule, Instant now) {
        Objects.requireNonNull(rule, "rule");
        if (!rule.name().equals(name)) {
            throw new IllegalArgumentException("a route's name cannot change");
        }
        if (rule.priority() < 0 || rule.priority() > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be 0 to " + MAX_PRIORITY);
        }
        rule.prefix().ifPresent(p -> {
            if (!PREFIX.matcher(p).matches()) {
                throw new IllegalArgumentException("prefix must be + and 1 to 15 digits: " + p);
            }
            if (rule.numberClass() == RouteClass.EMERGENCY) {
                throw new IllegalArgumentException("an emergency route has no prefix");
            }
        });
        this.priority = rule.priority();
        this.numberClass = rule.numberClass();
        this.prefix = rule.prefix().orElse(null);
        this.trunkName = Objects.requireNonNull(rule.trunk(), "trunk");
        this.updatedAt = utc(now);
    }

    public String name() {
        return name;
    }

    public OutboundRule rule() {
        return new OutboundRule(name, priority, numberClass, Optional.ofNullable(prefix), trunkName);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
