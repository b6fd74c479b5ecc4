package org.parley.media;

import java.util.regex.Pattern;
import org.parley.platform.error.InvalidInputException;

/** Names of sounds and music classes: lower-case letters, digits, dashes and underscores, 1 to 64, safe in a URL. */
public final class SoundNames {

    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private SoundNames() {
    }

    /**
     * @return the name, when it is one
     * @throws InvalidInputException naming the field otherwise
     */
    public static String check(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException(field,
                    "must be 1 to 64 lower-case letters, digits, dashes or underscores, starting with a letter or digit");
        }
        return name;
    }
}
