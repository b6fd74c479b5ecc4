package org.parley.voicemail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mailbox: an extension's own (stored only once it differs from the default: on) or a shared one with a number of
 * its own, a name and the extensions notified of its messages.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

    @Id
    @Column(name = "number", length = 32)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private MailboxKind kind;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "pin_hash", length = 200)
    private String pinHash;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mailbox_member", joinColumns = @JoinColumn(name = "mailbox_number"))
    @Column(name = "extension", length = 32)
    private Set<String> members = new LinkedHashSet<>();

    protected Mailbox() {
        // JPA
    }

    public Mailbox(String number, MailboxKind kind, String name, Instant now) {
        this.number = Objects.requireNonNull(number, "number");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.enabled = true;
        change(name, true, List.of(), now);
    }

    /** New settings; an extension's box has no members (its extension is the one notified). */
    public final void change(String newName, boolean on, List<String> notified, Instant now) {
        this.name = Objects.requireNonNull(newName, "name");
        this.enabled = on;
        if (kind == MailboxKind.EXTENSION && !notified.isEmpty()) {
            throw new IllegalArgumentException("an extension's mailbox notifies its own extension only");
        }
        this.members.clear();
        this.members.addAll(notified);
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A new PIN, as its hash (the PIN itself is never stored). */
    public void changePin(String hash, Instant now) {
        this.pinHash = Objects.requireNonNull(hash, "hash");
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The PIN's hash; empty while no PIN was set (then {@code *98} cannot open the box). */
    public Optional<String> pinHash() {
        return Optional.ofNullable(pinHash);
    }

    public String number() {
        return number;
    }

    public MailboxKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public List<String> members() {
        return List.copyOf(members);
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
