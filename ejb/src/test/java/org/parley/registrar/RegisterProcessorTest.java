package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.registrar.Contacts.contact;
import static org.parley.registrar.Contacts.phone;
import static org.parley.registrar.Registers.register;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.directory.DigestAlgorithm;
import org.parley.directory.SipSecret;

/** One REGISTER after another, as a phone would send them, against an in-memory table. */
class RegisterProcessorTest {

    private static final String REALM = "pbx.example.com";
    private static final String URI = "sip:pbx.example.com";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final Nonces nonces = new Nonces("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            Duration.ofSeconds(300), clock);
    private final DigestAuthenticator authenticator = new DigestAuthenticator(REALM,
            List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5), nonces,
            user -> Optional.ofNullable(Map.of("201", SipSecret.fromPassword("201", REALM, "right")).get(user)));
    private final List<String> changes = new ArrayList<>();
    private final InMemoryBindingTable table = new InMemoryBindingTable(changes::add);
    private final RegisterProcessor processor = new RegisterProcessor(Set.of("pbx.example.com", "192.0.2.1")::contains,
            authenticator, new RegistrationPolicy(60, 3600, 600, 5), table, clock);
    private final TestPhone phone = new TestPhone("201", "right");

    /** Sends the request without credentials, answers the challenge, sends it again. */
    private RegisterOutcome registerWithAuth(Registers request) {
        RegisterOutcome.Challenge challenge = assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(request.build()));
        DigestChallenge sha256 = challenge.challenges().get(0);
        return processor.process(request.credentials(phone.answer(sha256, "REGISTER", URI)).build());
    }

    private static RegisterOutcome.Registered registered(RegisterOutcome outcome) {
        return assertInstanceOf(RegisterOutcome.Registered.class, outcome);
    }

    @Test
    void aPhoneRegistersAfterAChallenge() {
        RegisterOutcome.Challenge challenge = assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(register().contact(phone("192.0.2.10")).expires(600).build()));
        assertEquals(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
                challenge.challenges().stream().map(DigestChallenge::algorithm).toList());
        assertTrue(table.get("201").isEmpty(), "nothing bound before authentication");

        RegisterOutcome.Registered done = registered(processor.process(register().contact(phone("192.0.2.10"))
                .expires(600).credentials(phone.answer(challenge.challenges().get(0), "REGISTER", URI)).build()));

        assertEquals("201", done.aor());
        assertEquals(clock.instant(), done.now());
        Binding binding = done.bindings().bindings().get(0);
        assertEquals(phone("192.0.2.10"), binding.address());
        assertEquals(600, binding.secondsLeft(done.now()));
        assertEquals(done.bindings(), table.get("201"));
        assertEquals(List.of("201"), changes);
    }

    @Test
    void theOkListsEveryCurrentContactWithItsTimeLeft() {
        registered(registerWithAuth(register().cseq(1).contact(phone("192.0.2.10")).expires(600)));
        clock.advance(Duration.ofSeconds(100));

        RegisterOutcome.Registered second = registered(registerWithAuth(register().callId("soft-1").cseq(1)
                .contact(phone("192.0.2.11")).expires(3600)));

        assertEquals(List.of(500L, 3600L), second.bindings().bindings().stream()
                .map(binding -> binding.secondsLeft(second.now())).toList());
    }

    @Test
    void aDomainWeDoNotServeIsRefusedBeforeAnyChallenge() {
        RegisterOutcome outcome = processor.process(register().host("elsewhere.example.org").contact(phone("192.0.2.10"))
                .build());

        assertEquals(new RegisterOutcome.Refused(Refusal.DOMAIN_NOT_SERVED), outcome);
    }

    @Test
    void theDomainIsMatchedWithoutCase() {
        assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(register().host("PBX.Example.COM").contact(phone("192.0.2.10")).build()));
    }

    @Test
    void aWrongPasswordIsRefusedAndBindsNothing() {
        RegisterOutcome.Challenge challenge = assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(register().contact(phone("192.0.2.10")).build()));
        DigestCredentials wrong = new TestPhone("201", "wrong").answer(challenge.challenges().get(0), "REGISTER", URI);

        RegisterOutcome outcome = processor.process(register().contact(phone("192.0.2.10")).credentials(wrong).build());

        assertEquals(new RegisterOutcome.Refused(Refusal.FORBIDDEN), outcome);
        assertTrue(table.get("201").isEmpty());
        assertEquals(List.of(), changes);
    }

    @Test
    void registeringAnotherExtensionWithOnesOwnCredentialsIsRefused() {
        RegisterOutcome.Challenge challenge = assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(register().user("202").contact(phone("192.0.2.10")).build()));
        DigestCredentials mine = phone.answer(challenge.challenges().get(0), "REGISTER", URI);

        RegisterOutcome outcome = processor.process(register().user("202").contact(phone("192.0.2.10"))
                .credentials(mine).build());

        assertEquals(new RegisterOutcome.Refused(Refusal.USERNAME_MISMATCH), outcome);
    }

    @Test
    void tooShortALifetimeIsAnsweredWithTheMinimum() {
        RegisterOutcome outcome = registerWithAuth(register().contact(contact(phone("192.0.2.10"), 30)));

        assertEquals(new RegisterOutcome.TooBrief(60), outcome);
        assertTrue(table.get("201").isEmpty());
    }

    @Test
    void aRefreshOnTheSameNonceNeedsNoNewChallenge() {
        RegisterOutcome.Challenge challenge = assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(register().contact(phone("192.0.2.10")).build()));
        DigestChallenge sha256 = challenge.challenges().get(0);
        registered(processor.process(register().cseq(2).contact(phone("192.0.2.10")).expires(600)
                .credentials(phone.answer(sha256, "REGISTER", URI)).build()));
        clock.advance(Duration.ofSeconds(120));

        RegisterOutcome.Registered refreshed = registered(processor.process(register().cseq(3)
                .contact(phone("192.0.2.10")).expires(600).credentials(phone.answer(sha256, "REGISTER", URI)).build()));

        Binding binding = refreshed.bindings().bindings().get(0);
        assertEquals(clock.instant().minusSeconds(120), binding.registeredAt());
        assertEquals(600, binding.secondsLeft(refreshed.now()));
    }

    @Test
    void aReplayedRegisterIsChallengedNotApplied() {
        RegisterOutcome.Challenge challenge = assertInstanceOf(RegisterOutcome.Challenge.class,
                processor.process(register().contact(phone("192.0.2.10")).build()));
        RegisterRequest signed = register().cseq(2).wildcard().expires(0)
                .credentials(phone.answer(challenge.challenges().get(0), "REGISTER", URI)).build();
        registered(registerWithAuth(register().callId("other").contact(phone("192.0.2.10"))));
        registered(processor.process(signed));
        registered(registerWithAuth(register().callId("other").cseq(2).contact(phone("192.0.2.10"))));

        RegisterOutcome replay = processor.process(signed);

        assertInstanceOf(RegisterOutcome.Challenge.class, replay);
        assertEquals(1, table.get("201").size(), "the replayed unregister did not remove the phone");
    }

    @Test
    void anUnregisterRemovesEveryContact() {
        registered(registerWithAuth(register().contact(phone("192.0.2.10")).contact(phone("192.0.2.11"))));

        RegisterOutcome.Registered after = registered(registerWithAuth(register().cseq(2).wildcard().expires(0)));

        assertTrue(after.bindings().isEmpty());
        assertTrue(table.get("201").isEmpty());
    }

    @Test
    void aQueryListsTheBindingsWithoutChangingThem() {
        registered(registerWithAuth(register().contact(phone("192.0.2.10"))));
        changes.clear();

        RegisterOutcome.Registered query = registered(registerWithAuth(register().cseq(2)));

        assertEquals(1, query.bindings().size());
        assertEquals(List.of(), changes);
    }

    @Test
    void anOutOfOrderRequestIsRefusedAndChangesNothing() {
        registered(registerWithAuth(register().cseq(10).contact(phone("192.0.2.10"))));
        AorBindings before = table.get("201");

        RegisterOutcome outcome = registerWithAuth(register().cseq(9).contact(contact(phone("192.0.2.10"), 0)));

        assertEquals(new RegisterOutcome.Refused(Refusal.OUT_OF_ORDER), outcome);
        assertEquals(before, table.get("201"));
    }
}
