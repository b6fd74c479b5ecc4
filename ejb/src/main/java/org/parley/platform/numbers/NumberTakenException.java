package org.parley.platform.numbers;

import org.parley.platform.error.ConflictException;

/** A number asked for is already used by another extension, queue or feature code: 409, naming the number. */
public class NumberTakenException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public NumberTakenException(String field, String number, NumberUse use) {
        super(field, "Number " + number + " is taken: it is " + use.label());
    }
}
