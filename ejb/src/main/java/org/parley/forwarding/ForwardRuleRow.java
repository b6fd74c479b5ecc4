package org.parley.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** A stored forwarding rule ({@code forwarding_rule}). */
@Embeddable
public class ForwardRuleRow {

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "target", length = 32)
    private String target;

    @Column(name = "caller_id", nullable = false, length = 16)
    private String callerId;

    @Column(name = "confirm_by_key", nullable = false)
    private boolean confirmByKey;

    protected ForwardRuleRow() {
        // for JPA
    }

    ForwardRuleRow(ForwardKind kind, ForwardRule rule) {
        this.kind = kind.name();
        this.enabled = rule.enabled();
        this.target = rule.target().orElse(null);
        this.callerId = rule.callerId().name();
        this.confirmByKey = rule.confirmByKey();
    }

    ForwardKind kind() {
        return ForwardKind.valueOf(kind);
    }

    ForwardRule rule() {
        return new ForwardRule(enabled, Optional.ofNullable(target), CallerIdChoice.valueOf(callerId), confirmByKey);
    }
}
