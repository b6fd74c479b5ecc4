package org.parley.tracing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A case file: a title, a reference, open or closed, the contacts and companies taking part and the users following
 * it. Its communications and tasks refer to it.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "crm_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "reference", nullable = false, length = 64)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CaseStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_contact", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "contact_id")
    private Set<Long> contacts = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_company", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "company_id")
    private Set<Long> companies = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_follower", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "username", length = 64)
    private Set<String> followers = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CaseFile() {
        // for JPA
    }

    public CaseFile(String reference, Instant now) {
        this.reference = reference;
        this.status = CaseStatus.OPEN;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Replaces what a person edits. */
    public void change(String title, CaseStatus status, Collection<Long> contacts, Collection<Long> companies,
            Collection<String> followers) {
        this.title = title.strip();
        this.status = status;
        this.contacts = new LinkedHashSet<>(contacts);
        this.companies = new LinkedHashSet<>(companies);
        this.followers = new LinkedHashSet<>(followers);
    }

    /** Gives a case created without one the reference {@code C<id>}. */
    public void referenceFromId() {
        this.reference = "C" + id;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String reference() {
        return reference;
    }

    public CaseStatus status() {
        return status;
    }

    public Set<Long> contacts() {
        return Set.copyOf(contacts);
    }

    public Set<Long> companies() {
        return Set.copyOf(companies);
    }

    public boolean followedBy(String username) {
        return followers.contains(username);
    }

    public Set<String> followers() {
        return Set.copyOf(followers);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
