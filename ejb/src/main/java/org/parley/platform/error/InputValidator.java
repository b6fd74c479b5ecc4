package org.parley.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Applies the Bean Validation constraints of a service input: the one validation both the REST API and the console
 * go through.
 */
@ApplicationScoped
public class InputValidator {

    /** How field errors are listed: by field, then message. */
    public static final Comparator<FieldError> ORDER = Comparator.comparing(FieldError::field)
            .thenComparing(FieldError::message);

    @Inject
    Validator validator;

    /**
     * Throws {@link InvalidInputException} naming every invalid field of {@code input}.
     *
     * @param groups validation groups; none means the default group
     */
    public <T> T check(T input, Class<?>... groups) {
        List<FieldError> errors = errorsOf(input, groups);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    /**
     * Every invalid field of {@code input}, ordered by field, for a service that adds checks of its own (e.g. that a
     * named thing exists) and reports them all at once.
     */
    public <T> List<FieldError> errorsOf(T input, Class<?>... groups) {
        if (input == null) {
            return List.of(new FieldError("body", "is required"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input, groups);
        return violations.stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(ORDER)
                .toList();
    }

    private static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            // an element of a collection is reported as the collection ("roles", not "roles.<iterable element>")
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
