package org.parley.registrar.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.parley.registrar.Binding;

/** A binding as stored in {@code registration_binding}: the database copy of the in-memory registrar. */
@Entity
@Table(name = "registration_binding")
public class BindingRow {

    @Id
    @SequenceGenerator(name = "registration_binding_seq", sequenceName = "registration_binding_seq",
            allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_binding_seq")
    private Long id;

    @Column(name = "extension_number", nullable = false, length = 32)
    String extensionNumber;

    @Column(name = "contact_uri", nullable = false, length = 1024)
    String contactUri;

    @Column(name = "q_value", length = 8)
    String qValue;

    @Column(name = "call_id", nullable = false)
    String callId;

    @Column(name = "cseq", nullable = false)
    long cseq;

    @Column(name = "transport", nullable = false, length = 8)
    String transport;

    @Column(name = "source_address", nullable = false, length = 64)
    String sourceAddress;

    @Column(name = "user_agent")
    String userAgent;

    @Column(name = "registered_at", nullable = false)
    OffsetDateTime registeredAt;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    protected BindingRow() {
        // for JPA
    }

    static BindingRow of(String aor, Binding b) {
        BindingRow r = new BindingRow();
        r.extensionNumber = aor;
        r.contactUri = b.address().text();
        r.qValue = b.q().orElse(null);
        r.callId = b.callId();
        r.cseq = b.cseq();
        r.transport = b.transport();
        r.sourceAddress = b.source();
        r.userAgent = b.userAgent().map(ua -> ua.length() > 255 ? ua.substring(0, 255) : ua).orElse(null);
        r.registeredAt = b.registeredAt().atOffset(ZoneOffset.UTC);
        r.expiresAt = b.expiresAt().atOffset(ZoneOffset.UTC);
        return r;
    }
}
