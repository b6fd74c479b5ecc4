package org.parley.tracing;

import java.util.Optional;
import org.parley.dialplan.DialedNumber;
import org.parley.dialplan.NumberClass;
import org.parley.dialplan.NumberPlan;

/**
 * The stored form of a contact's or company's number, from any form a person types or a phone presents: E.164 for
 * national and international numbers ({@code +33 1 23…}, {@code 0123…}, {@code 33123…} all give {@code +33123…}),
 * the bare number for an existing extension.
 */
public final class PhoneNumbers {

    private final NumberPlan plan;

    public PhoneNumbers(NumberPlan plan) {
        this.plan = plan;
    }

    /** The stored form, or empty when {@code input} is not a phone number. */
    public Optional<String> normalise(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        DialedNumber dialed = plan.parse(input);
        if (dialed.numberClass() == NumberClass.INTERNAL || dialed.numberClass() == NumberClass.NATIONAL
                || dialed.numberClass() == NumberClass.INTERNATIONAL) {
            return Optional.of(dialed.normalized());
        }
        return plan.toE164(input);
    }
}
