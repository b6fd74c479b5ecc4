package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.dialplan.NumberPlan;
import org.parley.platform.error.FieldError;
import org.parley.tracing.PhoneNumbers;
import org.parley.tracing.SearchTerm;

/** Reads the numbers people type and phones present, with the configured number plan. */
@ApplicationScoped
public class PhoneBook {

    @Inject
    NumberPlan plan;

    PhoneNumbers numbers() {
        return new PhoneNumbers(plan);
    }

    /** The stored form of a number, or empty when it is not one. */
    public Optional<String> normalise(String number) {
        return numbers().normalise(number);
    }

    SearchTerm term(String q) {
        return SearchTerm.of(q, numbers());
    }

    /** The stored forms of {@code phones}, without repeats; an error on {@code field} for each that is not a number. */
    List<String> normaliseAll(List<String> phones, String field, List<FieldError> errors) {
        List<String> stored = new ArrayList<>();
        for (String p : phones) {
            Optional<String> n = normalise(p);
            if (n.isEmpty()) {
                errors.add(new FieldError(field, "'" + p + "' is not a phone number"));
            } else if (!stored.contains(n.get())) {
                stored.add(n.get());
            }
        }
        return stored;
    }
}
