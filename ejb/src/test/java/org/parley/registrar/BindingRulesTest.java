package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.registrar.Contacts.contact;
import static org.parley.registrar.Contacts.phone;
import static org.parley.registrar.Registers.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** RFC 3261 §10.3 steps 6 to 8. */
class BindingRulesTest {

    private static final RegistrationPolicy POLICY = new RegistrationPolicy(60, 3600, 600, 3);
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private static final ContactAddress DESK = phone("192.0.2.10");
    private static final ContactAddress SOFT = phone("192.0.2.11");
    private static final ContactAddress MOBILE = phone("192.0.2.12");
    private static final ContactAddress SPARE = phone("192.0.2.13");

    private static BindingResult apply(AorBindings current, Registers request, Instant now) {
        return BindingRules.apply(current, request.build(), POLICY, now);
    }

    private static AorBindings changed(BindingResult result) {
        return assertInstanceOf(BindingResult.Changed.class, result).after();
    }

    private static Refusal failed(BindingResult result) {
        return assertInstanceOf(BindingResult.Failed.class, result).refusal();
    }

    /** The bindings after a first REGISTER of {@code contacts} at T0, Call-ID call-1, CSeq 1. */
    private static AorBindings registered(ContactAddress... contacts) {
        Registers request = register().expires(600);
        for (ContactAddress contact : contacts) {
            request.contact(contact);
        }
        return changed(apply(AorBindings.empty(), request, T0));
    }

    private static Binding only(AorBindings bindings) {
        assertEquals(1, bindings.size());
        return bindings.bindings().get(0);
    }

    @Test
    void aFirstRegisterBindsTheContactWithEverythingTheRequestSaid() {
        RegisterRequest request = register().contact(new ContactRequest(DESK, OptionalInt.empty(), Optional.of("0.7")))
                .expires(600).callId("abc").cseq(7).transport("TCP").source("192.0.2.10:40000")
                .userAgent("Desk/2").build();

        Binding binding = only(changed(BindingRules.apply(AorBindings.empty(), request, POLICY, T0)));

        assertEquals(DESK, binding.address());
        assertEquals(Optional.of("0.7"), binding.q());
        assertEquals("abc", binding.callId());
        assertEquals(7, binding.cseq());
        assertEquals("TCP", binding.transport());
        assertEquals("192.0.2.10:40000", binding.source());
        assertEquals(Optional.of("Desk/2"), binding.userAgent());
        assertEquals(T0, binding.registeredAt());
        assertEquals(T0.plusSeconds(600), binding.expiresAt());
    }

    @Test
    void severalContactsAreBoundAtOnceInOrder() {
        AorBindings after = registered(DESK, SOFT, MOBILE);

        assertEquals(List.of(DESK, SOFT, MOBILE), after.bindings().stream().map(Binding::address).toList());
    }

    @Test
    void withoutAnyExpiresTheDefaultApplies() {
        Binding binding = only(changed(apply(AorBindings.empty(), register().contact(DESK), T0)));

        assertEquals(T0.plusSeconds(POLICY.defaultExpires()), binding.expiresAt());
    }

    @Test
    void theContactsExpiresParameterBeatsTheExpiresHeader() {
        AorBindings after = changed(apply(AorBindings.empty(),
                register().expires(900).contact(contact(DESK, 120)).contact(SOFT), T0));

        assertEquals(T0.plusSeconds(120), after.find(DESK.key()).orElseThrow().expiresAt());
        assertEquals(T0.plusSeconds(900), after.find(SOFT.key()).orElseThrow().expiresAt());
    }

    @Test
    void tooLongALifetimeIsShortenedToTheMaximum() {
        Binding binding = only(changed(apply(AorBindings.empty(), register().expires(86_400).contact(DESK), T0)));

        assertEquals(T0.plusSeconds(POLICY.maxExpires()), binding.expiresAt());
    }

    @Test
    void theMinimumItselfIsAccepted() {
        Binding binding = only(changed(apply(AorBindings.empty(), register().contact(contact(DESK, 60)), T0)));

        assertEquals(T0.plusSeconds(60), binding.expiresAt());
    }

    @Test
    void tooShortALifetimeFailsTheWholeRequestWith423() {
        BindingResult result = apply(registered(DESK),
                register().cseq(2).contact(contact(DESK, 0)).contact(contact(SOFT, 59)), T0);

        assertEquals(new BindingResult.TooBrief(60), result);
    }

    @Test
    void tooShortAnExpiresHeaderIsTooBriefToo() {
        assertEquals(new BindingResult.TooBrief(60), apply(AorBindings.empty(), register().expires(1).contact(DESK), T0));
    }

    @Test
    void zeroRemovesAContact() {
        AorBindings after = changed(apply(registered(DESK, SOFT), register().cseq(2).contact(contact(DESK, 0)), T0));

        assertEquals(List.of(SOFT), after.bindings().stream().map(Binding::address).toList());
    }

    @Test
    void expiresZeroHeaderRemovesEveryListedContact() {
        AorBindings after = changed(apply(registered(DESK, SOFT), register().cseq(2).expires(0).contact(DESK)
                .contact(SOFT), T0));

        assertTrue(after.isEmpty());
    }

    @Test
    void removingAContactThatIsNotBoundIsNoError() {
        AorBindings before = registered(DESK);

        AorBindings after = changed(apply(before, register().cseq(2).contact(contact(SOFT, 0)), T0));

        assertEquals(before, after);
    }

    @Test
    void aRefreshUpdatesTheBindingButKeepsWhenItWasFirstRegistered() {
        Instant later = T0.plusSeconds(300);
        RegisterRequest refresh = register().cseq(2).expires(1200).contact(new ContactRequest(DESK, OptionalInt.empty(),
                Optional.of("0.3"))).source("192.0.2.10:5070").transport("TCP").userAgent("Desk/3").build();

        Binding binding = only(changed(BindingRules.apply(registered(DESK), refresh, POLICY, later)));

        assertEquals(T0, binding.registeredAt());
        assertEquals(later.plusSeconds(1200), binding.expiresAt());
        assertEquals(2, binding.cseq());
        assertEquals("192.0.2.10:5070", binding.source());
        assertEquals("TCP", binding.transport());
        assertEquals(Optional.of("Desk/3"), binding.userAgent());
        assertEquals(Optional.of("0.3"), binding.q());
    }

    @Test
    void anEquivalentUriRefreshesTheSameBinding() {
        ContactAddress respelled = Contacts.sip("201", "192.0.2.10", 5060, "ob", "");

        Binding binding = only(changed(apply(registered(DESK), register().cseq(2).contact(respelled), T0)));

        assertEquals(respelled, binding.address());
    }

    @Test
    void theSameCallIdWithAnOldCseqIsOutOfOrder() {
        AorBindings before = changed(apply(AorBindings.empty(), register().cseq(5).contact(DESK), T0));

        assertEquals(Refusal.OUT_OF_ORDER, failed(apply(before, register().cseq(5).contact(DESK), T0)));
        assertEquals(Refusal.OUT_OF_ORDER, failed(apply(before, register().cseq(4).contact(DESK), T0)));
    }

    @Test
    void oneOutOfOrderContactFailsTheWholeRequest() {
        AorBindings before = changed(apply(AorBindings.empty(), register().cseq(5).contact(DESK), T0));

        BindingResult result = apply(before, register().cseq(3).contact(SOFT).contact(contact(DESK, 0)), T0);

        assertEquals(Refusal.OUT_OF_ORDER, failed(result));
    }

    @Test
    void aNewCallIdMayCarryALowerCseq() {
        AorBindings before = changed(apply(AorBindings.empty(), register().cseq(500).contact(DESK), T0));

        Binding binding = only(changed(apply(before, register().callId("rebooted").cseq(1).contact(DESK), T0)));

        assertEquals("rebooted", binding.callId());
        assertEquals(1, binding.cseq());
    }

    @Test
    void aContactListedTwiceTakesTheLaterValue() {
        AorBindings after = changed(apply(AorBindings.empty(),
                register().contact(contact(DESK, 300)).contact(contact(DESK, 900)), T0));

        assertEquals(T0.plusSeconds(900), only(after).expiresAt());
    }

    @Test
    void aQueryReturnsTheBindingsUnchanged() {
        AorBindings before = registered(DESK, SOFT);

        assertSame(before, changed(apply(before, register().cseq(2), T0.plusSeconds(10))));
    }

    @Test
    void lapsedBindingsAreDroppedFromEveryResult() {
        AorBindings before = changed(apply(AorBindings.empty(), register().contact(contact(DESK, 60))
                .contact(contact(SOFT, 600)), T0));
        Instant later = T0.plusSeconds(60);

        assertEquals(List.of(SOFT), changed(apply(before, register().cseq(2), later)).bindings().stream()
                .map(Binding::address).toList());
        assertEquals(List.of(SOFT, MOBILE), changed(apply(before, register().cseq(2).contact(MOBILE), later))
                .bindings().stream().map(Binding::address).toList());
    }

    @Test
    void aLapsedBindingDoesNotBlockAnOldCseq() {
        AorBindings before = changed(apply(AorBindings.empty(), register().cseq(9).contact(contact(DESK, 60)), T0));

        Binding binding = only(changed(apply(before, register().cseq(3).contact(DESK), T0.plusSeconds(61))));

        assertEquals(T0.plusSeconds(61), binding.registeredAt(), "a new binding, not a refresh");
    }

    @Test
    void moreContactsThanAllowedAreRefusedAndNothingChanges() {
        AorBindings before = registered(DESK, SOFT, MOBILE);

        assertEquals(Refusal.TOO_MANY_CONTACTS, failed(apply(before, register().cseq(2).contact(SPARE), T0)));
        assertEquals(Refusal.TOO_MANY_CONTACTS, failed(apply(AorBindings.empty(),
                register().contact(DESK).contact(SOFT).contact(MOBILE).contact(SPARE), T0)));
    }

    @Test
    void replacingAContactWithinTheLimitIsAllowed() {
        AorBindings after = changed(apply(registered(DESK, SOFT, MOBILE),
                register().cseq(2).contact(contact(DESK, 0)).contact(SPARE), T0));

        assertEquals(List.of(SOFT, MOBILE, SPARE), after.bindings().stream().map(Binding::address).toList());
    }

    @Test
    void aWildcardWithExpiresZeroRemovesEverything() {
        AorBindings after = changed(apply(registered(DESK, SOFT), register().cseq(2).wildcard().expires(0), T0));

        assertTrue(after.isEmpty());
    }

    @Test
    void aWildcardFromAnotherCallIdMayHaveAnyCseq() {
        AorBindings after = changed(apply(registered(DESK), register().callId("other").cseq(1).wildcard()
                .expires(0), T0));

        assertTrue(after.isEmpty());
    }

    @Test
    void aWildcardNeedsExpiresZero() {
        assertEquals(Refusal.INVALID_WILDCARD, failed(apply(registered(DESK), register().cseq(2).wildcard(), T0)));
        assertEquals(Refusal.INVALID_WILDCARD,
                failed(apply(registered(DESK), register().cseq(2).wildcard().expires(600), T0)));
    }

    @Test
    void aWildcardMustStandAlone() {
        BindingResult result = apply(registered(DESK), register().cseq(2).wildcard().expires(0)
                .contact(contact(SOFT, 0)), T0);

        assertEquals(Refusal.INVALID_WILDCARD, failed(result));
    }

    @Test
    void anOutOfOrderWildcardFailsAndRemovesNothing() {
        AorBindings before = changed(apply(AorBindings.empty(), register().cseq(5).contact(DESK), T0));

        assertEquals(Refusal.OUT_OF_ORDER, failed(apply(before, register().cseq(5).wildcard().expires(0), T0)));
    }

    @Test
    void aWildcardOnNoBindingsIsFine() {
        assertTrue(changed(apply(AorBindings.empty(), register().wildcard().expires(0), T0)).isEmpty());
    }

    @Test
    void aBrowserTabsRegisterFromANewWebSocketReplacesItsBindingFromTheOldOne() {
        ContactAddress firstPage = Contacts.sip("tab1", "127.0.0.1", 41000, "transport", "ws");
        ContactAddress secondPage = Contacts.sip("tab1", "127.0.0.1", 41002, "transport", "ws");
        ContactAddress otherTab = Contacts.sip("tab2", "127.0.0.1", 41004, "transport", "ws");
        AorBindings before = changed(apply(AorBindings.empty(), register().transport("WS").expires(600)
                .contact(firstPage).contact(otherTab), T0));

        AorBindings after = changed(apply(before, register().transport("WS").expires(600).callId("page-2")
                .contact(secondPage), T0.plusSeconds(5)));

        assertEquals(List.of(otherTab, secondPage), after.bindings().stream().map(Binding::address).toList());
    }
}
