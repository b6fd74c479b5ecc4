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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A person calls are traced for: a name, a company (optional), phone numbers (stored normalised), email, notes. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "crm_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "notes", length = 4000)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "number", length = 32)
    private Set<String> phones = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Contact() {
        // for JPA
    }

    public Contact(Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Replaces every property; numbers already normalised. */
    public void change(String name, Optional<Company> company, List<String> phones, String email, String notes) {
        this.name = name.strip();
        this.company = company.orElse(null);
        this.phones = new LinkedHashSet<>(phones);
        this.email = email;
        this.notes = notes;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<Company> company() {
        return Optional.ofNullable(company);
    }

    public ContactView view() {
        return new ContactView(id, name, company().map(Company::id), company().map(Company::name),
                List.copyOf(phones), Optional.ofNullable(email), Optional.ofNullable(notes), createdAt.toInstant());
    }
}
