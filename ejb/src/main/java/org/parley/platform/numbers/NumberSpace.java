package org.parley.platform.numbers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Parley's one number space: who, among every {@link NumberOwner}, uses a number. */
@ApplicationScoped
public class NumberSpace {

    private Iterable<NumberOwner> owners = List.of();

    @Inject
    void owners(@Any Instance<NumberOwner> all) {
        this.owners = all;
    }

    /** A number space of these owners (unit tests). */
    public static NumberSpace of(NumberOwner... owners) {
        NumberSpace space = new NumberSpace();
        space.owners = List.of(owners);
        return space;
    }

    /** What {@code number} is used for, if anything uses it. */
    public Optional<NumberUse> useOf(String number) {
        return useOf(number, u -> false);
    }

    /**
     * Throws {@link NumberTakenException} (409) when {@code number} is used by anything but what {@code own}
     * accepts (the object being changed, whose own numbers stay its own).
     */
    public void requireFree(String field, String number, Predicate<NumberUse> own) {
        if (number == null || number.isBlank()) {
            return;
        }
        useOf(number, own).ifPresent(u -> {
            throw new NumberTakenException(field, number, u);
        });
    }

    private Optional<NumberUse> useOf(String number, Predicate<NumberUse> own) {
        for (NumberOwner owner : owners) {
            Optional<NumberUse> use = owner.use(number).filter(own.negate());
            if (use.isPresent()) {
                return use;
            }
        }
        return Optional.empty();
    }
}
