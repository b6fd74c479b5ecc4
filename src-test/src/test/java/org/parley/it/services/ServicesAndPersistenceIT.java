package org.parley.it.services;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.directory.DuplicateExtensionException;
import org.parley.directory.ExtensionInput;
import org.parley.directory.ExtensionNotFoundException;
import org.parley.directory.ExtensionService;
import org.parley.directory.ExtensionView;
import org.parley.directory.SipSecret;
import org.parley.directory.SipSecrets;
import org.parley.platform.config.SipDomain;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.platform.persistence.DatabaseMigration;
import org.parley.registrar.AorBindings;
import org.parley.registrar.Binding;
import org.parley.registrar.BindingRepository;
import org.parley.registrar.ContactAddress;
import org.parley.security.Role;
import org.parley.security.UserAuthenticator;

/**
 * Parley's services and persistence inside Payara Micro, on a PostgreSQL database created for this run
 * ({@link org.parley.it.arquillian.PerRunDatabase}): one deployment for all the tests, each test with extension
 * numbers of its own, every assertion on what the services return and on what JDBC finds stored.
 */
@ExtendWith(ArquillianExtension.class)
public class ServicesAndPersistenceIT {

    @Deployment
    public static WebArchive deployment() {
        return ServicesDeployment.war(ServicesAndPersistenceIT.class, Jdbc.class);
    }

    @Inject
    DatabaseMigration migration;

    @Inject
    ExtensionService extensions;

    @Inject
    SipSecrets secrets;

    @Inject
    SipDomain domain;

    @Inject
    BindingRepository bindings;

    @Inject
    UserAuthenticator authenticator;

    // ---- (a) schema -------------------------------------------------------------------------------------------

    @Test
    public void flywayMigratedThePostgresDatabaseOfThisRun() {
        assertTrue(migration.migrated(), "DatabaseMigration ran");

        String url = config("PARLEY_DB_URL");
        assertTrue(url.startsWith("jdbc:postgresql://127.0.0.1:5432/parley_it_"), url);
        assertEquals(url.substring(url.lastIndexOf('/') + 1), Jdbc.single("SELECT current_database()"),
                "the data source is connected to the database created for this run");

        List<Object> tables = Jdbc.column("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        assertTrue(tables.containsAll(List.of("extension", "registration_binding", "console_user",
                "console_user_role", "flyway_schema_history")), "tables: " + tables);
        List<Object> sequences = Jdbc.column("SELECT sequence_name FROM information_schema.sequences "
                + "WHERE sequence_schema = 'public'");
        assertTrue(sequences.containsAll(List.of("extension_seq", "registration_binding_seq", "console_user_seq")),
                "sequences: " + sequences);

        List<List<Object>> history = Jdbc.rows("SELECT version, script, success FROM flyway_schema_history "
                + "WHERE version IS NOT NULL ORDER BY installed_rank");
        assertEquals(List.of("1", "V1__extensions_bindings_users.sql", true), history.get(0), "history: " + history);
        assertTrue(history.stream().allMatch(row -> Boolean.TRUE.equals(row.get(2))), "history: " + history);
    }

    // ---- (b) extensions ---------------------------------------------------------------------------------------

    @Test
    public void anExtensionIsCreatedFoundChangedAndDeleted() throws Exception {
        String number = "2101";
        String realm = config("PARLEY_DOMAIN").toLowerCase(Locale.ROOT);
        assertEquals(realm, domain.realm(), "PARLEY_DOMAIN reached the container");

        String firstPassword = "First-clear-Pa55word-2101";
        ExtensionView created = extensions.create(new ExtensionInput(number, "  Reception  ", firstPassword));
        assertEquals(number, created.number());
        assertEquals("Reception", created.displayName(), "display name stripped");
        assertEquals(created.createdAt(), created.updatedAt());
        assertEquals(Optional.of(created), extensions.find(number), "read back exactly, instants included");
        SipSecret first = secretOf(number, realm, firstPassword);
        assertEquals(Optional.of(first), secrets.of(number), "the cache has the new extension");
        assertEquals(List.of(List.of("Reception", realm, first.ha1Md5(), first.ha1Sha256())), storedRow(number));
        assertPasswordStoredNowhere(firstPassword);

        // the display name alone: the password is kept
        ExtensionView renamed = extensions.update(number, new ExtensionInput(null, "Front desk", null));
        assertEquals("Front desk", renamed.displayName());
        assertEquals(created.createdAt(), renamed.createdAt());
        assertFalse(renamed.updatedAt().isBefore(created.updatedAt()));
        assertEquals(Optional.of(renamed), extensions.find(number));
        assertEquals(Optional.of(first), secrets.of(number));
        assertEquals(List.of(List.of("Front desk", realm, first.ha1Md5(), first.ha1Sha256())), storedRow(number));

        // a new password, in a transaction of the caller: the cache changes when it commits, not before
        String secondPassword = "Second-clear-Pa55word-2101";
        SipSecret second = secretOf(number, realm, secondPassword);
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            extensions.update(number, new ExtensionInput(number, "Front desk", secondPassword));
            assertEquals(Optional.of(first), secrets.of(number), "the cache does not see an uncommitted change");
        } catch (Throwable t) {
            tx.rollback();
            throw t;
        }
        tx.commit();
        assertEquals(Optional.of(second), secrets.of(number), "the cache sees the committed change");
        assertEquals(List.of(List.of("Front desk", realm, second.ha1Md5(), second.ha1Sha256())), storedRow(number));
        assertPasswordStoredNowhere(firstPassword);
        assertPasswordStoredNowhere(secondPassword);

        // a change rolled back reaches neither the table nor the cache
        tx.begin();
        try {
            extensions.update(number, new ExtensionInput(number, "Rolled back", "Rolled-back-Pa55word"));
        } finally {
            tx.rollback();
        }
        assertEquals(Optional.of(second), secrets.of(number));
        assertEquals(List.of(List.of("Front desk", realm, second.ha1Md5(), second.ha1Sha256())), storedRow(number));

        extensions.delete(number);
        assertEquals(Optional.empty(), extensions.find(number));
        assertEquals(Optional.empty(), secrets.of(number), "the cache forgot the deleted extension");
        assertEquals(List.of(), storedRow(number));
        assertThrows(ExtensionNotFoundException.class, () -> extensions.delete(number));
        assertThrows(ExtensionNotFoundException.class,
                () -> extensions.update(number, new ExtensionInput(null, "Gone", null)));
    }

    @Test
    public void extensionsAreListedByNumberPageByPageWithTheTotal() {
        for (String number : List.of("2205", "2201", "2204", "2202", "2203")) {
            extensions.create(new ExtensionInput(number, "Listed " + number, "Listed-Pa55word-" + number));
        }
        // every extension stored, whichever other tests ran before, in the database's order
        List<Object> stored = Jdbc.column("SELECT number FROM extension ORDER BY number");
        assertTrue(stored.containsAll(List.of("2201", "2202", "2203", "2204", "2205")), "stored: " + stored);
        assertEquals(stored.size(), extensions.count());

        int size = 2;
        int pages = (stored.size() + size - 1) / size;
        List<Object> listed = new ArrayList<>();
        for (int index = 0; index < pages; index++) {
            Page<ExtensionView> page = extensions.list(new PageRequest(index, size));
            assertEquals(index, page.page());
            assertEquals(size, page.size());
            assertEquals(stored.size(), page.total(), "total of page " + index);
            assertEquals(Math.min(size, stored.size() - index * size), page.items().size(), "items of page " + index);
            page.items().forEach(view -> listed.add(view.number()));
        }
        assertEquals(stored, listed, "the pages, in order, are the whole list");

        Page<ExtensionView> beyond = extensions.list(new PageRequest(pages, size));
        assertEquals(List.of(), beyond.items());
        assertEquals(stored.size(), beyond.total());

        ExtensionView third = extensions.list(new PageRequest(0, 500)).items().stream()
                .filter(view -> view.number().equals("2203")).findFirst().orElseThrow();
        assertEquals("Listed 2203", third.displayName());
    }

    @Test
    public void aNumberThatIsTakenIsRefused() {
        String realm = domain.realm();
        extensions.create(new ExtensionInput("2301", "First", "First-Pa55word-2301"));

        DuplicateExtensionException duplicate = assertThrows(DuplicateExtensionException.class,
                () -> extensions.create(new ExtensionInput("2301", "Second", "Second-Pa55word-2301")));
        assertEquals("number", duplicate.field());

        SipSecret first = secretOf("2301", realm, "First-Pa55word-2301");
        assertEquals(List.of(List.of("First", realm, first.ha1Md5(), first.ha1Sha256())), storedRow("2301"),
                "the first one is kept, alone");
        assertEquals(Optional.of(first), secrets.of("2301"));
    }

    @Test
    public void invalidInputIsRefusedNamingTheFields() {
        InvalidInputException all = assertThrows(InvalidInputException.class,
                () -> extensions.create(new ExtensionInput("1", " ", "short")));
        assertEquals(Set.of("number", "displayName", "sipPassword"), fields(all), all.getMessage());

        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> extensions.create(new ExtensionInput(null, null, null)));
        assertEquals(Set.of("number", "displayName", "sipPassword"), fields(missing), missing.getMessage());

        InvalidInputException noPassword = assertThrows(InvalidInputException.class,
                () -> extensions.create(new ExtensionInput("2401", "No password", null)));
        assertEquals(Set.of("sipPassword"), fields(noPassword), noPassword.getMessage());

        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> extensions.create(new ExtensionInput("2401", "x".repeat(101), "Long-name-Pa55word")));
        assertEquals(Set.of("displayName"), fields(tooLong), tooLong.getMessage());

        assertEquals(0, Jdbc.count("SELECT count(*) FROM extension WHERE number IN ('1', '2401')"),
                "nothing invalid was stored");
        assertEquals(Optional.empty(), secrets.of("2401"));

        extensions.create(new ExtensionInput("2402", "Valid", "Valid-Pa55word-2402"));
        InvalidInputException update = assertThrows(InvalidInputException.class,
                () -> extensions.update("2402", new ExtensionInput(null, "", "short")));
        assertEquals(Set.of("displayName", "sipPassword"), fields(update), update.getMessage());
        InvalidInputException renumber = assertThrows(InvalidInputException.class,
                () -> extensions.update("2402", new ExtensionInput("2403", "Valid", null)));
        assertEquals(Set.of("number"), fields(renumber), renumber.getMessage());
        assertEquals("Valid", extensions.find("2402").orElseThrow().displayName(), "unchanged");
    }

    // ---- (c) registrar bindings -------------------------------------------------------------------------------

    @Test
    public void bindingsRoundTripAndAreReplaced() {
        Instant at = Instant.parse("2031-05-04T10:15:30.123456Z");
        Binding deskPhone = new Binding(
                new ContactAddress("sip:7001@192.0.2.10:5060;transport=udp", "sip", "7001", "192.0.2.10", 5060,
                        Map.of("transport", "udp")),
                Optional.of("0.8"), "a84b4c76e66710@192.0.2.10", 314159, "UDP", "192.0.2.10:5060",
                Optional.of("Yealink SIP-T46S 66.86.0.15"), at, at.plusSeconds(3600).plusNanos(1_000));
        Binding softPhone = new Binding(
                new ContactAddress("sip:7001@[2001:db8::7]:5062;transport=tcp;ob", "sip", "7001", "[2001:db8::7]",
                        5062, Map.of("transport", "tcp", "ob", "")),
                Optional.empty(), "f81d4fae-7dec-11d0-a765-00a0c91e6bf6", 2_147_483_647L, "TCP",
                "[2001:db8::7]:50123", Optional.empty(), at.plusNanos(999_000), at.plusSeconds(600));
        Binding tlsPhone = new Binding(
                new ContactAddress("sips:7002@phone.example.com;transport=tls", "sips", "7002", "phone.example.com",
                        ContactAddress.NO_PORT, Map.of("transport", "tls")),
                Optional.of("1.0"), "call-7002", 0, "TLS", "198.51.100.4:5061", Optional.of("Linphone/5.2"),
                at.minusSeconds(1), at.plusSeconds(7200));
        Binding noUser = new Binding(
                new ContactAddress("sip:198.51.100.9:5080", "sip", "", "198.51.100.9", 5080, Map.of()),
                Optional.of("0"), "call-7003", 7, "UDP", "198.51.100.9:5080", Optional.empty(),
                at.plusNanos(1_000), at.plusSeconds(60));

        Map<String, AorBindings> stored = Map.of(
                "7001", new AorBindings(List.of(deskPhone, softPhone)),
                "7002", new AorBindings(List.of(tlsPhone)),
                "7003", new AorBindings(List.of(noUser)));
        bindings.replace(stored);
        assertEquals(byKey(stored), ours(bindings.loadAll()), "bindings read back as written");
        assertEquals(List.of(List.of("0.8", "Yealink SIP-T46S 66.86.0.15", at, at.plusSeconds(3600).plusNanos(1_000))),
                Jdbc.rows("SELECT q_value, user_agent, registered_at, expires_at FROM registration_binding "
                        + "WHERE call_id = ?", deskPhone.callId()).stream()
                        .map(row -> List.of(row.get(0), row.get(1), instant(row.get(2)), instant(row.get(3))))
                        .toList());
        assertEquals(List.of(Arrays.asList(null, null, at.plusNanos(999_000))),
                Jdbc.rows("SELECT q_value, user_agent, registered_at FROM registration_binding WHERE call_id = ?",
                        softPhone.callId()).stream()
                        .map(row -> Arrays.asList(row.get(0), row.get(1), instant(row.get(2))))
                        .toList(), "no q, no user agent: NULL");

        // 7001 now has one contact, 7002 none; 7003 is not named and stays as it is
        Binding refreshed = new Binding(softPhone.address(), Optional.of("0.5"), softPhone.callId(), 2,
                softPhone.transport(), softPhone.source(), Optional.of("Zoiper 5"), softPhone.registeredAt(),
                at.plusSeconds(1200));
        bindings.replace(Map.of("7001", new AorBindings(List.of(refreshed)), "7002", AorBindings.empty()));
        assertEquals(byKey(Map.of("7001", new AorBindings(List.of(refreshed)), "7003", new AorBindings(List.of(noUser)))),
                ours(bindings.loadAll()));
        assertEquals(0, Jdbc.count("SELECT count(*) FROM registration_binding WHERE extension_number = '7002'"));

        bindings.replace(Map.of());
        assertEquals(2, Jdbc.count("SELECT count(*) FROM registration_binding WHERE extension_number LIKE '700_'"),
                "replacing nothing changes nothing");

        bindings.replace(Map.of("7001", AorBindings.empty(), "7003", AorBindings.empty()));
        assertEquals(Map.of(), ours(bindings.loadAll()));
        assertEquals(0, Jdbc.count("SELECT count(*) FROM registration_binding WHERE extension_number LIKE '700_'"));
    }

    // ---- (d) console users ------------------------------------------------------------------------------------

    @Test
    public void theAdminUserWasCreatedAtStartWithAPbkdf2Hash() {
        String password = config("PARLEY_ADMIN_PASSWORD");
        List<List<Object>> admin = Jdbc.rows("SELECT u.password_hash, u.enabled, r.role FROM console_user u "
                + "JOIN console_user_role r ON r.user_id = u.id WHERE u.username = 'admin'");
        assertEquals(1, admin.size(), "admin and its one role: " + admin);
        String hash = (String) admin.get(0).get(0);
        assertEquals(true, admin.get(0).get(1));
        assertEquals("admin", admin.get(0).get(2));

        // Jakarta Security's PBKDF2 format: algorithm:iterations:base64(salt):base64(key)
        String[] parts = hash.split(":");
        assertAll(
                () -> assertEquals(4, parts.length, hash),
                () -> assertEquals("PBKDF2WithHmacSHA256", parts[0]),
                () -> assertEquals("210000", parts[1]),
                () -> assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "salt bytes"),
                () -> assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "key bytes"));
        assertPasswordStoredNowhere(password);

        assertEquals(Optional.empty(), authenticator.authenticate("admin", password + "-wrong"));
        assertEquals(Optional.of(Set.of(Role.ADMIN)), authenticator.authenticate("admin", password));
        assertEquals(Optional.empty(), authenticator.authenticate("admin", password.toUpperCase(Locale.ROOT)));
        assertEquals(Optional.empty(), authenticator.authenticate("admin", ""));
        assertEquals(Optional.empty(), authenticator.authenticate("nobody", password));
        assertEquals(Optional.of(Set.of(Role.ADMIN)), authenticator.authenticate("admin", password));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    /** The stored columns of an extension that the services decide: display name and SIP credentials. */
    private static List<List<Object>> storedRow(String number) {
        return Jdbc.rows("SELECT display_name, sip_realm, sip_ha1_md5, sip_ha1_sha256 FROM extension "
                + "WHERE number = ?", number);
    }

    /** HA1 values computed here, independently of Parley: H(number:realm:password). */
    private static SipSecret secretOf(String number, String realm, String password) {
        String a1 = number + ":" + realm + ":" + password;
        return new SipSecret(realm, hex("MD5", a1), hex("SHA-256", a1));
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No row of any of Parley's tables contains the clear password, in any column. */
    private static void assertPasswordStoredNowhere(String password) {
        for (String table : List.of("extension", "console_user", "console_user_role", "registration_binding")) {
            List<Object> rows = Jdbc.column("SELECT t::text FROM " + table + " t");
            assertTrue(rows.stream().map(String::valueOf).noneMatch(row -> row.contains(password)),
                    "a row of " + table + " contains the clear password");
        }
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) timestamp).toInstant();
    }

    /** This test's addresses of record (7001–7003), each as its bindings by contact key: order does not matter. */
    private static Map<String, Map<String, Binding>> ours(Map<String, AorBindings> loaded) {
        Map<String, AorBindings> mine = new TreeMap<>(loaded);
        mine.keySet().removeIf(aor -> !aor.matches("700[1-3]"));
        return byKey(mine);
    }

    private static Map<String, Map<String, Binding>> byKey(Map<String, AorBindings> byAor) {
        Map<String, Map<String, Binding>> result = new TreeMap<>();
        byAor.forEach((aor, list) -> result.put(aor, list.bindings().stream()
                .collect(Collectors.toMap(Binding::key, Function.identity()))));
        return result;
    }
}
