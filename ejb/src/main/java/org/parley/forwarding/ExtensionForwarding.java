package org.parley.forwarding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stored forwarding of one extension: its rules and extra devices. Rows go with the extension when it is
 * deleted (foreign key, {@code ON DELETE CASCADE}).
 */
@Entity
@Table(name = "extension_forwarding")
public class ExtensionForwarding {

    @Id
    @Column(name = "extension_number", nullable = false, length = 32)
    private String extension;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forwarding_rule", joinColumns = @JoinColumn(name = "extension_number"))
    private List<ForwardRuleRow> rules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forwarding_device", joinColumns = @JoinColumn(name = "extension_number"))
    @OrderColumn(name = "seq")
    private List<ExtraDeviceRow> devices = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ExtensionForwarding() {
        // for JPA
    }

    public ExtensionForwarding(ForwardingRules rules, Instant now) {
        this.extension = rules.extension();
        replace(rules, now);
    }

    /** Takes these rules and devices instead of the stored ones. */
    public void replace(ForwardingRules newRules, Instant now) {
        if (!extension.equals(newRules.extension())) {
            throw new IllegalArgumentException("the forwarding of " + extension + " cannot take "
                    + newRules.extension() + "'s rules");
        }
        rules.clear();
        for (ForwardKind kind : ForwardKind.values()) {
            rules.add(new ForwardRuleRow(kind, newRules.rule(kind)));
        }
        devices.clear();
        newRules.extraDevices().forEach(d -> devices.add(new ExtraDeviceRow(d)));
        this.updatedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(now, "now"), ZoneOffset.UTC);
    }

    public String extension() {
        return extension;
    }

    /** The rules and devices as the domain reads them. */
    public ForwardingRules rules() {
        Map<ForwardKind, ForwardRule> byKind = new EnumMap<>(ForwardKind.class);
        rules.forEach(r -> byKind.put(r.kind(), r.rule()));
        return new ForwardingRules(extension, byKind, devices.stream().map(ExtraDeviceRow::device).toList());
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
