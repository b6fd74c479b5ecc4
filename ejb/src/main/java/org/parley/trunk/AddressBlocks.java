package org.parley.trunk;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** Every entry of the annotated list is an IP address or a CIDR block ({@link AddressBlock}). */
@Documented
@Constraint(validatedBy = AddressBlocks.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AddressBlocks {

    String message() default "must be IPv4/IPv6 addresses or CIDR blocks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link AddressBlocks}, naming the first bad entry by its position (never by its text). */
    class Validator implements ConstraintValidator<AddressBlocks, List<String>> {

        @Override
        public boolean isValid(List<String> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.size(); i++) {
                if (AddressBlock.parse(value.get(i)).isEmpty()) {
                    context.disableDefaultConstraintViolation();
                    // the position only: client text in a message template would be interpolated
                    context.buildConstraintViolationWithTemplate("must be IPv4/IPv6 addresses or CIDR blocks (entry "
                            + (i + 1) + " is not)").addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
    }
}
