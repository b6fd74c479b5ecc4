package org.parley.security;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person who signs in to the console or the REST API. Keeps only a PBKDF2 hash of the password. A user has at least
 * one role, can be disabled (then every sign-in and token of theirs is refused) and can be linked to the extension
 * they answer on (an agent's own phone).
 */
@Entity
@Table(name = "console_user")
public class ConsoleUser {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,64}");

    @Id
    @SequenceGenerator(name = "console_user_seq", sequenceName = "console_user_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "console_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "extension_number", length = 32)
    private String extensionNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "console_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected ConsoleUser() {
        // for JPA
    }

    public ConsoleUser(String username, String passwordHash, Set<Role> roles, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must be 1 to 64 of a-z 0-9 . _ -");
        }
        this.username = username;
        changePasswordHash(passwordHash);
        assignRoles(roles);
        this.enabled = true;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    public void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        Set<String> names = newRoles.stream().map(Role::roleName).collect(Collectors.toCollection(HashSet::new));
        roles.retainAll(names);
        roles.addAll(names);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Links the user to the extension they answer on, or unlinks them when empty. */
    public void linkExtension(Optional<String> number) {
        this.extensionNumber = number.orElse(null);
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** The extension the user answers on, if linked. */
    public Optional<String> extension() {
        return Optional.ofNullable(extensionNumber);
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(name -> Role.fromName(name).ifPresent(result::add));
        return result;
    }
}
