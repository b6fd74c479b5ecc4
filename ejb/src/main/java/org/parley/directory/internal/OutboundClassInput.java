package org.parley.directory.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.dialplan.NumberKind;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;

/** Reads the {@code outboundClass} of an extension's input: a list of {@link NumberKind} names. */
final class OutboundClassInput {

    static final String FIELD = "outboundClass";

    private OutboundClassInput() {
    }

    /**
     * The class named, or empty when none was given (the current one is kept).
     *
     * @throws InvalidInputException naming {@code outboundClass[i]} for an unknown kind or {@code EMERGENCY}
     */
    static Optional<Set<NumberKind>> parse(List<String> names) {
        if (names == null) {
            return Optional.empty();
        }
        Set<NumberKind> kinds = EnumSet.noneOf(NumberKind.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<NumberKind> kind = NumberKind.classKinds().stream().filter(k -> k.name().equals(name)).findFirst();
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else {
                errors.add(new FieldError(FIELD + "[" + i + "]", NumberKind.EMERGENCY.name().equals(name)
                        ? "emergency numbers are always allowed and are not part of a class"
                        : "must be one of " + NumberKind.classKindNames()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Optional.of(kinds);
    }
}
