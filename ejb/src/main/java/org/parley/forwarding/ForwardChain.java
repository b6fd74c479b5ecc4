package org.parley.forwarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallHop;
import org.parley.call.ForwardPlan;
import org.parley.call.ForwardStep;
import org.parley.call.Party;
import org.parley.dialplan.TollFraudPolicy;

/**
 * The forwarding decisions for one call, from the rules of the extensions it reaches. Pure: rules, extensions,
 * registrations and the toll-fraud policy are given as functions.
 *
 * <ul>
 * <li>Before ringing, an extension's <em>unconditional</em> rule wins; else its <em>unavailable</em> rule when it has
 * no registered SIP phone. A target extension's own rules are followed in turn (a chain).</li>
 * <li>A forward to an extension the call has already reached (a loop), or beyond {@code maxHops} forwards in the
 * call, is not taken: the extension reached last rings its own devices (and the stop is logged).</li>
 * <li>An outside target the toll-fraud policy refuses stops the call ({@code 403}); an extra device it refuses is
 * left out.</li>
 * <li>After ringing, a <em>busy</em> or <em>no-answer</em> rule forwards the call under the same loop and depth
 * limits.</li>
 * <li>Caller ID: the rule of the last forward decides; {@link CallerIdChoice#COMPANY} presents the company number,
 * or, when none is configured, the forwarding extension (towards a carrier: the trunk's caller ID).</li>
 * </ul>
 */
public final class ForwardChain {

    private static final Logger LOG = Logger.getLogger(ForwardChain.class.getName());

    private final Function<String, ForwardingRules> rules;
    private final Predicate<String> isExtension;
    private final Predicate<String> isQueue;
    private final Predicate<String> reachable;
    private final BiFunction<String, String, TollFraudPolicy.Verdict> policy;
    private final Optional<String> companyNumber;
    private final int maxHops;

    /**
     * @param rules         the rules of an extension
     * @param isExtension   whether a number is an existing extension
     * @param reachable     whether an extension has a registered SIP phone
     * @param policy        the toll-fraud verdict on an E.164 number, for a purpose (logged when refused)
     * @param companyNumber the company number, when configured
     * @param maxHops       forwards one call follows at most
     */
    public ForwardChain(Function<String, ForwardingRules> rules, Predicate<String> isExtension,
            Predicate<String> reachable, BiFunction<String, String, TollFraudPolicy.Verdict> policy,
            Optional<String> companyNumber, int maxHops) {
        this(rules, isExtension, n -> false, reachable, policy, companyNumber, maxHops);
    }

    /**
     * A chain in which a forward may also lead to a queue's number ({@code isQueue}): the call then enters the queue,
     * before ringing (unconditional and unavailable rules) or once the extension's devices have rung (busy, no-answer).
     */
    public ForwardChain(Function<String, ForwardingRules> rules, Predicate<String> isExtension,
            Predicate<String> isQueue, Predicate<String> reachable,
            BiFunction<String, String, TollFraudPolicy.Verdict> policy, Optional<String> companyNumber, int maxHops) {
        this.rules = rules;
        this.isExtension = isExtension;
        this.isQueue = isQueue;
        this.reachable = reachable;
        this.policy = policy;
        this.companyNumber = companyNumber;
        this.maxHops = maxHops;
    }

    /**
     * Where a call that reaches {@code extension} goes before anything rings.
     *
     * @param earlier the call's history so far (forwards and transfers already taken)
     */
    public ForwardPlan beforeRinging(String extension, List<CallHop> earlier, Instant now) {
        Set<String> visited = visited(extension, earlier);
        int forwards = forwardsIn(earlier);
        List<CallHop> hops = new ArrayList<>();
        Optional<Party> presentedAs = Optional.empty();
        Optional<String> confirmFor = Optional.empty();
        String current = extension;
        while (true) {
            ForwardingRules own = rules.apply(current);
            ForwardKind kind = own.rule(ForwardKind.UNCONDITIONAL).enabled() ? ForwardKind.UNCONDITIONAL
                    : own.rule(ForwardKind.UNAVAILABLE).enabled() && !reachable.test(current) ? ForwardKind.UNAVAILABLE
                    : null;
            if (kind == null) {
                break;
            }
            ForwardRule rule = own.rule(kind);
            String target = rule.target().orElseThrow();
            Optional<String> stop = stopBefore(current, kind, target, visited, forwards + hops.size());
            if (stop.isPresent()) {
                LOG.log(Level.WARNING, "Forwarding: {0}; extension {1} rings its own devices",
                        new Object[] {stop.get(), current});
                break;
            }
            if (!isExtension.test(target) && !isQueue.test(target)) {
                TollFraudPolicy.Verdict verdict = policy.apply(target, purpose(kind, current));
                if (!verdict.allowed()) {
                    return new ForwardPlan(hops, new ForwardPlan.Refused(verdict.reason()), presentedAs, false);
                }
            }
            hops.add(new CallHop(CallHop.Type.FORWARD, Party.of(current), Party.of(target), kind.reason(), now));
            presentedAs = presentation(rule, current);
            confirmFor = rule.confirmByKey() ? Optional.of(current) : Optional.empty();
            if (isQueue.test(target)) {
                return new ForwardPlan(hops, new ForwardPlan.Queue(target), presentedAs, false);
            }
            if (!isExtension.test(target)) {
                return new ForwardPlan(hops, new ForwardPlan.Outside(target), presentedAs, false, confirmFor);
            }
            visited.add(target);
            current = target;
        }
        ForwardingRules last = rules.apply(current);
        String reached = current;
        List<ExtraDevice> allowed = last.extraDevices().stream()
                .filter(d -> policy.apply(d.number(), "the extra device of " + reached).allowed()).toList();
        Set<String> confirmed = new HashSet<>();
        allowed.stream().filter(ExtraDevice::confirmByKey).map(ExtraDevice::number).forEach(confirmed::add);
        return new ForwardPlan(hops, new ForwardPlan.Extension(current,
                allowed.stream().map(ExtraDevice::number).toList(), confirmed), presentedAs,
                last.forwardsAfterRinging(), confirmFor);
    }

    /**
     * What the busy or no-answer rule of {@code extension} does once its devices have rung.
     *
     * @param kind    {@link ForwardKind#BUSY}, {@link ForwardKind#NO_ANSWER} (or {@link ForwardKind#UNAVAILABLE}
     *                when none of its devices could be reached)
     * @param called  the party the call was placed to
     * @param earlier the call's history so far
     */
    public ForwardStep afterRinging(String extension, ForwardKind kind, Party called, List<CallHop> earlier,
            Instant now) {
        ForwardRule rule = rules.apply(extension).rule(kind);
        if (!rule.enabled()) {
            return new ForwardStep.Stay();
        }
        String target = rule.target().orElseThrow();
        Set<String> visited = visited(called.number(), earlier);
        visited.add(extension);
        Optional<String> stop = stopBefore(extension, kind, target, visited, forwardsIn(earlier));
        if (stop.isPresent()) {
            LOG.log(Level.WARNING, "Forwarding: {0}; the call ends", stop.get());
            return new ForwardStep.Stay();
        }
        if (!isExtension.test(target) && !isQueue.test(target)) {
            TollFraudPolicy.Verdict verdict = policy.apply(target, purpose(kind, extension));
            if (!verdict.allowed()) {
                return new ForwardStep.Refused(verdict.reason());
            }
        }
        return new ForwardStep.Forward(new CallHop(CallHop.Type.FORWARD, Party.of(extension), Party.of(target),
                kind.reason(), now), presentation(rule, extension), rule.confirmByKey() && !isQueue.test(target));
    }

    /** Why a forward must not be taken (a loop, too many forwards, a target that is neither extension nor number). */
    private Optional<String> stopBefore(String from, ForwardKind kind, String target, Set<String> visited,
            int forwardsSoFar) {
        String what = "the " + kind.reason() + " forward of " + from + " to " + target;
        if (visited.contains(target)) {
            return Optional.of(what + " would loop (the call already reached " + target + ")");
        }
        if (forwardsSoFar >= maxHops) {
            return Optional.of(what + " is not followed: the call was already forwarded " + forwardsSoFar
                    + " times (at most " + maxHops + ")");
        }
        if (!isExtension.test(target) && !isQueue.test(target) && !target.startsWith("+")) {
            return Optional.of(what + " leads nowhere (no such extension)");
        }
        return Optional.empty();
    }

    private Optional<Party> presentation(ForwardRule rule, String forwardingExtension) {
        if (rule.callerId() == CallerIdChoice.ORIGINAL) {
            return Optional.empty();
        }
        return Optional.of(Party.of(companyNumber.orElse(forwardingExtension)));
    }

    private static String purpose(ForwardKind kind, String extension) {
        return "the " + kind.reason() + " forward of " + extension;
    }

    private static Set<String> visited(String called, List<CallHop> earlier) {
        Set<String> visited = new HashSet<>();
        visited.add(called);
        for (CallHop hop : earlier) {
            visited.add(hop.from().number());
            visited.add(hop.to().number());
        }
        return visited;
    }

    private static int forwardsIn(List<CallHop> earlier) {
        return (int) earlier.stream().filter(h -> h.type() == CallHop.Type.FORWARD).count();
    }
}
