package org.parley.platform.error;

import java.util.List;

/** Input refused by validation, field by field. Front ends answer 400 and show each message by its field. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder sb = new StringBuilder("Invalid input:");
        for (FieldError e : errors) {
            sb.append(' ').append(e.field()).append(" (").append(e.message()).append(')');
        }
        return sb.toString();
    }
}
