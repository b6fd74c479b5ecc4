package org.parley.tracing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A company calls are traced for: a name, its phone numbers (stored normalised, see {@link PhoneNumbers}), notes. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "crm_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "notes", length = 4000)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_phone", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "number", length = 32)
    private Set<String> phones = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Company() {
        // for JPA
    }

    public Company(String name, List<String> phones, String notes, Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        change(name, phones, notes);
    }

    /** Replaces the name, numbers (already normalised) and notes. */
    public final void change(String name, List<String> phones, String notes) {
        this.name = name.strip();
        this.phones = new LinkedHashSet<>(phones);
        this.notes = notes;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CompanyView view() {
        return new CompanyView(id, name, List.copyOf(phones), Optional.ofNullable(notes), createdAt.toInstant());
    }
}
