package org.parley.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** An agent of a queue: an extension, static or dynamic. Its position in the queue's list is its order. */
@Embeddable
public class QueueMember {

    @Column(name = "extension", nullable = false, length = 32)
    private String extension;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    private MemberKind kind;

    protected QueueMember() {
        // for JPA
    }

    public QueueMember(String extension, MemberKind kind) {
        this.extension = Objects.requireNonNull(extension, "extension");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String extension() {
        return extension;
    }

    public MemberKind kind() {
        return kind;
    }
}
