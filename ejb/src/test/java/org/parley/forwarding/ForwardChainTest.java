package org.parley.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.parley.call.CallHop;
import org.parley.call.ForwardPlan;
import org.parley.call.ForwardStep;
import org.parley.call.Party;
import org.parley.dialplan.TollFraudPolicy;

class ForwardChainTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Set<String> EXTENSIONS = Set.of("2001", "2002", "2003", "2004");

    private final Map<String, ForwardingRules> rules = new HashMap<>();
    private final Set<String> registered = new HashSet<>(EXTENSIONS);

    private ForwardChain chain(int maxHops) {
        return new ForwardChain(e -> rules.getOrDefault(e, ForwardingRules.none(e)), EXTENSIONS::contains,
                registered::contains,
                (n, purpose) -> n.startsWith("+44") ? new TollFraudPolicy.Verdict(false, "international (GB)")
                        : new TollFraudPolicy.Verdict(true, ""),
                Optional.of("+33100000000"), maxHops);
    }

    /** A chain in which 5000 is a queue's number, outside numbers judged by {@code policy}. */
    private ForwardChain withQueue5000(BiFunction<String, String, TollFraudPolicy.Verdict> policy) {
        return new ForwardChain(e -> rules.getOrDefault(e, ForwardingRules.none(e)), EXTENSIONS::contains,
                "5000"::equals, registered::contains, policy, Optional.empty(), 5);
    }

    private void forward(String extension, ForwardKind kind, String target, CallerIdChoice callerId) {
        ForwardingRules own = rules.getOrDefault(extension, ForwardingRules.none(extension));
        rules.put(extension, own.with(kind, new ForwardRule(true, Optional.of(target), callerId, false)));
    }

    @Test
    void withoutRulesTheExtensionRingsItself() {
        ForwardPlan plan = chain(5).beforeRinging("2002", List.of(), T0);

        assertEquals(new ForwardPlan.Extension("2002", List.of()), plan.target());
        assertEquals(List.of(), plan.hops());
        assertEquals(Optional.empty(), plan.presentedAs());
    }

    @Test
    void anUnconditionalChainIsFollowedAndRecorded() {
        forward("2002", ForwardKind.UNCONDITIONAL, "2003", CallerIdChoice.ORIGINAL);
        forward("2003", ForwardKind.UNCONDITIONAL, "+33612345678", CallerIdChoice.COMPANY);

        ForwardPlan plan = chain(5).beforeRinging("2002", List.of(), T0);

        assertEquals(new ForwardPlan.Outside("+33612345678"), plan.target());
        assertEquals(List.of("2002>2003 unconditional", "2003>+33612345678 unconditional"),
                plan.hops().stream().map(ForwardChainTest::describe).toList());
        assertEquals(Optional.of(Party.of("+33100000000")), plan.presentedAs(), "the last rule chose the company");
    }

    @Test
    void aForwardToAQueueNumberEntersTheQueue() {
        forward("2002", ForwardKind.UNCONDITIONAL, "2003", CallerIdChoice.ORIGINAL);
        forward("2003", ForwardKind.UNCONDITIONAL, "5000", CallerIdChoice.ORIGINAL);
        ForwardChain chain = withQueue5000((n, purpose) -> new TollFraudPolicy.Verdict(true, ""));

        ForwardPlan plan = chain.beforeRinging("2002", List.of(), T0);

        assertEquals(new ForwardPlan.Queue("5000"), plan.target());
        assertEquals(List.of("2002>2003 unconditional", "2003>5000 unconditional"),
                plan.hops().stream().map(ForwardChainTest::describe).toList());
    }

    @Test
    void aLoopStopsAtTheLastExtensionReached() {
        forward("2002", ForwardKind.UNCONDITIONAL, "2003", CallerIdChoice.ORIGINAL);
        forward("2003", ForwardKind.UNCONDITIONAL, "2002", CallerIdChoice.ORIGINAL);

        ForwardPlan plan = chain(5).beforeRinging("2002", List.of(), T0);

        assertEquals(new ForwardPlan.Extension("2003", List.of()), plan.target());
        assertEquals(1, plan.hops().size());
    }

    @Test
    void theDepthIsLimited() {
        forward("2001", ForwardKind.UNCONDITIONAL, "2002", CallerIdChoice.ORIGINAL);
        forward("2002", ForwardKind.UNCONDITIONAL, "2003", CallerIdChoice.ORIGINAL);
        forward("2003", ForwardKind.UNCONDITIONAL, "2004", CallerIdChoice.ORIGINAL);

        ForwardPlan plan = chain(2).beforeRinging("2001", List.of(), T0);

        assertEquals(new ForwardPlan.Extension("2003", List.of()), plan.target(), "two forwards at most");
    }

    @Test
    void unavailableAppliesOnlyWithoutARegisteredPhone() {
        forward("2002", ForwardKind.UNAVAILABLE, "2003", CallerIdChoice.ORIGINAL);

        assertEquals(new ForwardPlan.Extension("2002", List.of()), chain(5).beforeRinging("2002", List.of(), T0)
                .target());
        registered.remove("2002");
        assertEquals(new ForwardPlan.Extension("2003", List.of()), chain(5).beforeRinging("2002", List.of(), T0)
                .target());
    }

    @Test
    void anInternationalTargetIsRefusedAtCallTime() {
        forward("2002", ForwardKind.UNCONDITIONAL, "+442071234567", CallerIdChoice.ORIGINAL);

        assertInstanceOf(ForwardPlan.Refused.class, chain(5).beforeRinging("2002", List.of(), T0).target());
    }

    @Test
    void extraDevicesTheyRefuseAreLeftOut() {
        rules.put("2002", new ForwardingRules("2002", Map.of(), List.of(new ExtraDevice("+33612345678", false),
                new ExtraDevice("+442071234567", false))));

        assertEquals(new ForwardPlan.Extension("2002", List.of("+33612345678")),
                chain(5).beforeRinging("2002", List.of(), T0).target());
    }

    @Test
    void busyForwardsAfterRingingUnlessItLoops() {
        forward("2002", ForwardKind.BUSY, "2003", CallerIdChoice.ORIGINAL);
        forward("2003", ForwardKind.NO_ANSWER, "2002", CallerIdChoice.ORIGINAL);
        ForwardChain chain = chain(5);

        assertTrue(chain.beforeRinging("2002", List.of(), T0).forwardsAfterRinging());
        ForwardStep step = chain.afterRinging("2002", ForwardKind.BUSY, Party.of("2002"), List.of(), T0);
        CallHop hop = assertInstanceOf(ForwardStep.Forward.class, step).hop();
        assertEquals("2002>2003 busy", describe(hop));

        assertInstanceOf(ForwardStep.Stay.class,
                chain.afterRinging("2003", ForwardKind.NO_ANSWER, Party.of("2002"), List.of(hop), T0),
                "back to 2002 would loop");
        assertInstanceOf(ForwardStep.Stay.class,
                chain.afterRinging("2002", ForwardKind.NO_ANSWER, Party.of("2002"), List.of(), T0),
                "no no-answer rule");
    }

    @Test
    void aBusyOrNoAnswerForwardToAQueueNumberIsTakenWithoutTheTollFraudPolicy() {
        forward("2002", ForwardKind.BUSY, "5000", CallerIdChoice.ORIGINAL);
        forward("2002", ForwardKind.NO_ANSWER, "5000", CallerIdChoice.ORIGINAL);
        ForwardChain chain = withQueue5000((n, purpose) -> new TollFraudPolicy.Verdict(false, "no outside number"));

        ForwardStep busy = chain.afterRinging("2002", ForwardKind.BUSY, Party.of("2002"), List.of(), T0);
        ForwardStep noAnswer = chain.afterRinging("2002", ForwardKind.NO_ANSWER, Party.of("2002"), List.of(), T0);

        assertEquals("2002>5000 busy", describe(assertInstanceOf(ForwardStep.Forward.class, busy).hop()));
        assertEquals("2002>5000 no-answer", describe(assertInstanceOf(ForwardStep.Forward.class, noAnswer).hop()));
    }

    private static String describe(CallHop hop) {
        return hop.from().number() + ">" + hop.to().number() + " " + hop.reason();
    }

    @Test
    void aRuleAskingForAKeyMakesTheTargetConfirmForTheForwardingExtension() {
        rules.put("2002", ForwardingRules.none("2002").with(ForwardKind.UNCONDITIONAL,
                new ForwardRule(true, Optional.of("+33612345678"), CallerIdChoice.ORIGINAL, true)));

        ForwardPlan plan = chain(5).beforeRinging("2002", List.of(), T0);

        assertEquals(new ForwardPlan.Outside("+33612345678"), plan.target());
        assertEquals(Optional.of("2002"), plan.confirmFor());
    }

    @Test
    void onlyTheLastForwardOfAChainDecidesWhetherAKeyIsAsked() {
        rules.put("2002", ForwardingRules.none("2002").with(ForwardKind.UNCONDITIONAL,
                new ForwardRule(true, Optional.of("2003"), CallerIdChoice.ORIGINAL, true)));
        forward("2003", ForwardKind.UNCONDITIONAL, "+33612345678", CallerIdChoice.ORIGINAL);

        assertEquals(Optional.empty(), chain(5).beforeRinging("2002", List.of(), T0).confirmFor());
        assertEquals(Optional.empty(), chain(5).beforeRinging("2003", List.of(), T0).confirmFor(),
                "no rule asks for a key");
    }

    @Test
    void extraDevicesAskingForAKeyAreNamed() {
        rules.put("2002", new ForwardingRules("2002", Map.of(), List.of(new ExtraDevice("+33612345678", true),
                new ExtraDevice("+33698765432", false))));

        ForwardPlan plan = chain(5).beforeRinging("2002", List.of(), T0);

        assertEquals(new ForwardPlan.Extension("2002", List.of("+33612345678", "+33698765432"),
                Set.of("+33612345678")), plan.target());
        assertEquals(Optional.empty(), plan.confirmFor());
    }

    @Test
    void aNoAnswerRuleAskingForAKeySaysSo() {
        rules.put("2002", ForwardingRules.none("2002").with(ForwardKind.NO_ANSWER,
                new ForwardRule(true, Optional.of("+33612345678"), CallerIdChoice.ORIGINAL, true)));

        ForwardStep step = chain(5).afterRinging("2002", ForwardKind.NO_ANSWER, Party.of("2002"), List.of(), T0);

        assertTrue(assertInstanceOf(ForwardStep.Forward.class, step).confirmByKey());
    }
}
