package org.parley.forwarding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.dialplan.CountryNumberPlan;
import org.parley.forwarding.CallerIdChoice;
import org.parley.forwarding.ExtraDevice;
import org.parley.forwarding.ForwardKind;
import org.parley.forwarding.ForwardRule;
import org.parley.forwarding.ForwardingInput;
import org.parley.forwarding.ForwardingRules;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;

class ForwardingValidationTest {

    private final CountryNumberPlan plan = new CountryNumberPlan("FR", Set.of("2001", "2002")::contains);
    private final ForwardingValidation validation = new ForwardingValidation(plan,
            (n, purpose) -> plan.isInternational(n) && !n.startsWith("+32")
                    ? new TollFraudPolicy.Verdict(false, "international numbers are not allowed")
                    : new TollFraudPolicy.Verdict(true, ""));

    private static ForwardingInput unconditional(String target, String callerId) {
        ForwardingInput input = new ForwardingInput();
        input.setUnconditional(new ForwardingInput.RuleInput(true, target, callerId, false));
        return input;
    }

    @Test
    void aNationalTargetIsStoredInE164() {
        ForwardingRules rules = validation.rules("2001", unconditional("06 12 34 56 78", "company"));

        assertEquals(new ForwardRule(true, Optional.of("+33612345678"), CallerIdChoice.COMPANY, false),
                rules.rule(ForwardKind.UNCONDITIONAL));
        assertEquals(ForwardRule.OFF, rules.rule(ForwardKind.BUSY), "rules left out are off");
    }

    @Test
    void anInternationalTargetIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> validation.rules("2001", unconditional("+44 20 7123 4567", null)));

        assertEquals(List.of("unconditional.target"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aQueueNumberIsATargetOfEveryRule() {
        ForwardingValidation withQueue = new ForwardingValidation(plan, (n, purpose) -> new TollFraudPolicy.Verdict(
                true, ""), "5000"::equals);
        ForwardingInput all = new ForwardingInput();
        all.setBusy(new ForwardingInput.RuleInput(true, "5000", null, false));
        all.setNoAnswer(new ForwardingInput.RuleInput(true, " 5000 ", null, false));

        assertEquals(Optional.of("5000"), withQueue.rules("2001", unconditional("5000", null))
                .rule(ForwardKind.UNCONDITIONAL).target());
        ForwardingRules afterRinging = withQueue.rules("2001", all);
        assertEquals(Optional.of("5000"), afterRinging.rule(ForwardKind.BUSY).target());
        assertEquals(Optional.of("5000"), afterRinging.rule(ForwardKind.NO_ANSWER).target());
        assertThrows(InvalidInputException.class, () -> validation.rules("2001", unconditional("5000", null)),
                "not a queue: no such number");
    }

    @Test
    void anAllowedCountryIsAccepted() {
        assertEquals(Optional.of("+3222345678"),
                validation.rules("2001", unconditional("+32 2 234 56 78", null)).rule(ForwardKind.UNCONDITIONAL)
                        .target());
    }

    @Test
    void eachBadFieldIsNamed() {
        ForwardingInput input = unconditional("2001", "nobody");
        input.setNoAnswer(new ForwardingInput.RuleInput(true, "", null, false));
        input.setBusy(new ForwardingInput.RuleInput(true, "112", null, false));
        input.setExtraDevices(List.of(new ForwardingInput.DeviceInput("0612345678", false),
                new ForwardingInput.DeviceInput("2002", false), new ForwardingInput.DeviceInput("+447700900123", false)));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validation.rules("2001", input));

        assertEquals(Set.of("unconditional.callerId", "unconditional.target", "busy.target", "noAnswer.target",
                "extraDevices[1].number", "extraDevices[2].number"),
                Set.copyOf(e.errors().stream().map(FieldError::field).toList()), e::getMessage);
    }

    @Test
    void extraDevicesAreKeptInOrder() {
        ForwardingInput input = new ForwardingInput();
        input.setExtraDevices(List.of(new ForwardingInput.DeviceInput("0612345678", true)));

        assertEquals(List.of(new ExtraDevice("+33612345678", true)), validation.rules("2002", input).extraDevices());
    }

    @Test
    void aFeatureCodeSwitchesOneRuleOn() {
        ForwardRule on = validation.enable("2001", ForwardKind.BUSY, ForwardRule.OFF, "2002");

        assertEquals(new ForwardRule(true, Optional.of("2002"), CallerIdChoice.ORIGINAL, false), on);
    }
}
