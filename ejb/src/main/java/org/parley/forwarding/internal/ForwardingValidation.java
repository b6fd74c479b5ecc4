package org.parley.forwarding.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.parley.dialplan.DialedNumber;
import org.parley.dialplan.NumberClass;
import org.parley.dialplan.NumberPlan;
import org.parley.forwarding.CallerIdChoice;
import org.parley.forwarding.ExtraDevice;
import org.parley.forwarding.ForwardKind;
import org.parley.forwarding.ForwardRule;
import org.parley.forwarding.ForwardingInput;
import org.parley.forwarding.ForwardingRules;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;

/**
 * Turns what a person gave into an extension's forwarding, or says field by field what is wrong: targets are another
 * extension or a phone number (normalised to E.164), never an emergency number, never international unless the
 * toll-fraud policy allows the country; extra devices are phone numbers, at most {@link ForwardingRules#MAX_EXTRA_DEVICES}.
 */
final class ForwardingValidation {

    private final NumberPlan numbers;
    private final BiFunction<String, String, TollFraudPolicy.Verdict> policy;
    private final Predicate<String> isQueue;

    /**
     * @param numbers reads targets as dialled
     * @param policy  the toll-fraud verdict on an E.164 number, for a purpose
     */
    ForwardingValidation(NumberPlan numbers, BiFunction<String, String, TollFraudPolicy.Verdict> policy) {
        this(numbers, policy, n -> false);
    }

    /**
     * @param isQueue whether a number is a queue's (one number space: any forward may send calls into a queue)
     */
    ForwardingValidation(NumberPlan numbers, BiFunction<String, String, TollFraudPolicy.Verdict> policy,
            Predicate<String> isQueue) {
        this.numbers = numbers;
        this.policy = policy;
        this.isQueue = isQueue;
    }

    /** The rules {@code input} gives {@code extension}. */
    ForwardingRules rules(String extension, ForwardingInput input) {
        List<FieldError> errors = new ArrayList<>();
        Map<ForwardKind, ForwardRule> rules = new EnumMap<>(ForwardKind.class);
        for (ForwardKind kind : ForwardKind.values()) {
            ForwardingInput.RuleInput given = input.rule(kind);
            if (given != null) {
                rule(extension, kind, given, errors).ifPresent(r -> rules.put(kind, r));
            }
        }
        List<ExtraDevice> devices = devices(extension, input.getExtraDevices(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ForwardingRules(extension, rules, devices);
    }

    /** One rule switched on to {@code dialled}, keeping the rest of {@code current} (a feature code). */
    ForwardRule enable(String extension, ForwardKind kind, ForwardRule current, String dialled) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> target = target(extension, kind, kind.field() + ".target", dialled, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return current.on(target.orElseThrow());
    }

    private Optional<ForwardRule> rule(String extension, ForwardKind kind, ForwardingInput.RuleInput given,
            List<FieldError> errors) {
        String field = kind.field();
        int before = errors.size();
        Optional<CallerIdChoice> callerId = callerId(field + ".callerId", given.getCallerId(), errors);
        Optional<String> target = Optional.empty();
        if (given.getTarget() != null && !given.getTarget().isBlank()) {
            target = target(extension, kind, field + ".target", given.getTarget(), errors);
        } else if (given.isEnabled()) {
            errors.add(new FieldError(field + ".target", "is required to switch the rule on"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ForwardRule(given.isEnabled(), target, callerId.orElseThrow(), given.isConfirmByKey()));
    }

    private static Optional<CallerIdChoice> callerId(String field, String given, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            return Optional.of(CallerIdChoice.ORIGINAL);
        }
        try {
            return Optional.of(CallerIdChoice.valueOf(given.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be ORIGINAL or COMPANY"));
            return Optional.empty();
        }
    }

    private Optional<String> target(String extension, ForwardKind kind, String field, String dialled,
            List<FieldError> errors) {
        String stripped = dialled.strip();
        if (isQueue.test(stripped)) {
            return Optional.of(stripped);
        }
        DialedNumber n = numbers.parse(dialled);
        switch (n.numberClass()) {
            case INTERNAL:
                if (n.normalized().equals(extension)) {
                    errors.add(new FieldError(field, "cannot be the extension itself"));
                    return Optional.empty();
                }
                return Optional.of(n.normalized());
            case NATIONAL:
            case INTERNATIONAL:
                return allowed(field, n.normalized(), "the " + kind.reason() + " forward of " + extension, errors);
            case EMERGENCY:
                errors.add(new FieldError(field, "calls cannot be forwarded to an emergency number"));
                return Optional.empty();
            default:
                errors.add(new FieldError(field, "'" + dialled + "' is neither an extension nor a phone number"));
                return Optional.empty();
        }
    }

    private List<ExtraDevice> devices(String extension, List<ForwardingInput.DeviceInput> given,
            List<FieldError> errors) {
        List<ExtraDevice> devices = new ArrayList<>();
        if (given.size() > ForwardingRules.MAX_EXTRA_DEVICES) {
            errors.add(new FieldError("extraDevices", "at most " + ForwardingRules.MAX_EXTRA_DEVICES
                    + " extra devices"));
            return devices;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "extraDevices[" + i + "].number";
            ForwardingInput.DeviceInput d = given.get(i);
            if (d == null || d.getNumber() == null || d.getNumber().isBlank()) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            DialedNumber n = numbers.parse(d.getNumber());
            if (n.numberClass() == NumberClass.INTERNAL) {
                errors.add(new FieldError(field, "an extension is not an outside phone: forward to it instead"));
            } else if (n.numberClass() != NumberClass.NATIONAL
                    && n.numberClass() != NumberClass.INTERNATIONAL) {
                errors.add(new FieldError(field, "'" + d.getNumber() + "' is not a phone number"));
            } else if (!seen.add(n.normalized())) {
                errors.add(new FieldError(field, n.normalized() + " is listed twice"));
            } else {
                allowed(field, n.normalized(), "the extra device of " + extension, errors)
                        .ifPresent(number -> devices.add(new ExtraDevice(number, d.isConfirmByKey())));
            }
        }
        return devices;
    }

    private Optional<String> allowed(String field, String e164, String purpose, List<FieldError> errors) {
        TollFraudPolicy.Verdict verdict = policy.apply(e164, purpose);
        if (!verdict.allowed()) {
            errors.add(new FieldError(field, verdict.reason()));
            return Optional.empty();
        }
        return Optional.of(e164);
    }
}
